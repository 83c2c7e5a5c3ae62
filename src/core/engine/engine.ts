import type { Distribution, ModelAction, ModelDevice, ModelQuestion, PlanTimes } from '../model/index.js';
import {
  afterFailure,
  type EscalationCosts,
  escalationOutcome,
  expectedCost,
  expectedShift,
  fixProbability,
  isWorthTrying,
  planTimes,
  possibleAgeBands,
  RULED_OUT,
  rankActions,
  valueOfInformation,
} from '../model/index.js';
import type { SessionState } from '../types.js';
import { earlyAge } from './early-age.js';
import { costOfStopping, escalate } from './handing-over.js';
import { getPart, partToGet } from './part.js';
import { beliefsOf, deviceOf, openActions, policyOf, type Settings, type Step } from './state.js';

// Which step comes next: the cheapest expected way to a fix, the questions worth asking, or the hand-off.

/** VOI below this is rounding noise, not a reason to ask. */
const MIN_VALUE_OF_INFORMATION = 1e-9;

/**
 * Full value of information is computed for at most this many questions a step, the ones that
 * could move the posterior most: it keeps a step's cost near-linear in a large knowledge base.
 */
const VOI_CANDIDATES = 8;

/**
 * Everything `nextStep` reads of the settings besides the model, for every state from `state` on:
 * the escalation at the age the session knows, or, while it does not, at each age it could be (what
 * the age question offers, what an unknown age averages over). Two sessions of one model and device
 * with the same decision inputs take the same steps on every path; only their words may differ. The
 * path verifier walks such sessions once. Keep it in step with what `nextStep` reads.
 */
export function decisionInputs(settings: Settings, state: SessionState): string {
  const device = deviceOf(settings, state);
  if (device === undefined) return 'no device';
  const policy = policyOf(settings, device);
  const known = state.ageBand;
  if (known !== undefined && known !== 'unknown')
    return JSON.stringify({ returnOpen: known === 'return', escalation: escalationOutcome(known, policy) });
  const bands = possibleAgeBands(policy).map((band) => [band, escalationOutcome(band, policy)]);
  return JSON.stringify({ ageBand: known ?? null, bands });
}

/** The next step: a pure function of the settings and the state. */
export function nextStep(settings: Settings, state: SessionState): Step {
  const device = deviceOf(settings, state);
  if (device === undefined) return { kind: 'device' };
  if (state.ending !== undefined) return { kind: 'result', ending: state.ending };
  const done = new Set(state.done);
  // Every gate before any step, a forced one included: a wet recalled speaker is not dried and
  // charged before its recall check.
  const gate = device.gates.find((q) => !done.has(q.question.id));
  if (gate !== undefined) return { kind: 'question', question: gate };
  if (state.forced !== undefined && !done.has(state.forced)) return { kind: 'action', action: settings.model.actions.get(state.forced)! };

  const offer = returnOfferStep(settings, state, device);
  if (offer !== undefined) return offer;
  // A step the shopper lacked the part for, whose part is now the likely fix: get it, then try again.
  const part = partToGet(settings, state, device);
  if (part !== undefined) return getPart(state, part);
  // Wear likely, and the age decides claim or replacement: the age before any fix (see early-age.ts).
  const age = earlyAge(settings, state, device);
  if (age !== undefined) return { kind: 'age', bands: age };

  const beliefs = beliefsOf(state);
  const actions = openActions(state, device);
  const stopCost = costOfStopping(settings, state, device);
  const costNow = expectedCost(beliefs, actions, stopCost);
  let bestQuestion: ModelQuestion | undefined;
  let bestValue = MIN_VALUE_OF_INFORMATION;
  for (const question of questionCandidates(
    device.questions.filter((q) => !done.has(q.question.id)),
    beliefs,
  )) {
    const value = valueOfInformation(beliefs, question, actions, stopCost, costNow);
    if (value > bestValue) {
      bestValue = value;
      bestQuestion = question;
    }
  }
  const ranked = rankActions(beliefs, actions);
  const best = ranked[0];
  const bestIsWorthTrying = best !== undefined && isWorthTrying(beliefs, best.action, stopCost);
  if (bestQuestion !== undefined) {
    const askNow = costNow - bestValue;
    // A question that can wait does: the quick likely fix first, the question only if it fails.
    if (bestIsWorthTrying && costOfActingFirst(beliefs, best.action, bestQuestion, actions, stopCost) < askNow)
      return { kind: 'action', action: best.action };
    return { kind: 'question', question: bestQuestion };
  }
  if (bestIsWorthTrying) return { kind: 'action', action: best!.action };
  // The steps every support desk asks for come before handing it over, unless the answers all but rule them out.
  const firstAsked = ranked.find(({ action, fixProbability }) => action.action.tryBeforeEscalating && fixProbability >= RULED_OUT);
  if (firstAsked !== undefined) return { kind: 'action', action: firstAsked.action };
  return escalate(settings, state, device);
}

/**
 * The expected cost of doing `action` first and asking `question` only if it fails (unless the
 * step answered it meanwhile): myopic value of information alone never considers asking later.
 */
function costOfActingFirst(
  beliefs: Distribution,
  action: ModelAction,
  question: ModelQuestion,
  actions: readonly ModelAction[],
  escalation: EscalationCosts,
): number {
  const unfixed = afterFailure(beliefs, action);
  const rest = actions.filter((a) => a !== action);
  const withoutAsking = expectedCost(unfixed, rest, escalation);
  const later = action.action.reveals?.includes(question.question.id)
    ? withoutAsking
    : Math.min(withoutAsking, withoutAsking - valueOfInformation(unfixed, question, rest, escalation, withoutAsking));
  return action.cost + (1 - fixProbability(beliefs, action)) * later;
}

/**
 * A product that never worked, inside the return window: the return at once, or the usual steps
 * first (each says the return is still open). The age is asked right away when it decides whether
 * the window is still open.
 */
function returnOfferStep(settings: Settings, state: SessionState, device: ModelDevice): Step | undefined {
  switch (state.returnOffer) {
    case undefined:
      return undefined;
    case 'pending': {
      if (state.ageBand === 'return') return { kind: 'return-offer' };
      const bands = possibleAgeBands(policyOf(settings, device));
      if (state.ageBand === undefined && bands.includes('return')) return { kind: 'age', bands };
      return undefined; // past the window: troubleshoot as usual
    }
    case 'try':
      return undefined; // troubleshoot as usual: every step says the return is still open
    case 'return':
      return escalate(settings, state, device);
  }
}

function questionCandidates(questions: ModelQuestion[], beliefs: Distribution): ModelQuestion[] {
  if (questions.length <= VOI_CANDIDATES) return questions;
  return questions
    .map((question) => ({ question, shift: expectedShift(beliefs, question) }))
    .sort((a, b) => b.shift - a.shift || a.question.order - b.question.order)
    .slice(0, VOI_CANDIDATES)
    .map(({ question }) => question);
}

/** What the plan still holds: its expected and usual minutes, how many steps, and all of it (see `PlanTimes`). */
export function plannedWork(settings: Settings, state: SessionState): PlanTimes {
  const device = deviceOf(settings, state);
  if (device === undefined || state.ending !== undefined)
    return { handsOn: 0, waiting: 0, steps: 0, usually: 0, usuallyWaiting: 0, upTo: 0 };
  return planTimes(beliefsOf(state), openActions(state, device), costOfStopping(settings, state, device));
}
