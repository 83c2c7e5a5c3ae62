import type { Distribution, Model, ModelAction, ModelDevice, ModelQuestion } from '../model/index.js';
import {
  afterAnswer,
  afterFailure,
  afterFix,
  ageBandOf,
  type EscalationCosts,
  escalationCost,
  escalationOutcome,
  expectedCost,
  expectedShift,
  fixProbability,
  isWorthTrying,
  needlessCost,
  type Policy,
  planRepair,
  possibleAgeBands,
  RULED_OUT,
  rankActions,
  repairPays,
  valueOfInformation,
} from '../model/index.js';
import type { AgeBand, CalendarDate } from '../shared/index.js';
import type { Escalation, LegalRights, NoteSource, Outcome, SessionSnapshot, SessionState, Shop } from '../types.js';

/** What a session was started with; fixed for its whole life, and free of words. */
export interface Settings {
  model: Model;
  today: CalendarDate;
  purchaseDate?: CalendarDate;
  returnDays?: number;
  /** The consumer law that applies, with the retailer's own guarantee period if given. */
  legal?: LegalRights;
  /** The shop that sold it, for hand-offs (not part of a snapshot: the page gives it each time). */
  shop?: Shop;
  /** The settings as given, for snapshots. */
  origin: Omit<SessionSnapshot, 'version' | 'history' | 'locale'>;
}

/** How a session ended: the outcome, the beliefs its result reports, the words that go with it. */
export type Ending = NonNullable<SessionState['ending']>;

/** What the engine asks for next, derived from the state (never stored). */
export type Step =
  | { kind: 'device' }
  | { kind: 'question'; question: ModelQuestion }
  | { kind: 'action'; action: ModelAction }
  | { kind: 'age'; bands: AgeBand[] }
  | { kind: 'return-offer' }
  | { kind: 'result'; ending: Ending };

export const ACTION_ANSWERS = ['fixed', 'not-fixed', 'skip'] as const;
export const RETURN_OFFER_ANSWERS = ['return-now', 'try-first'] as const;

/** VOI below this is rounding noise, not a reason to ask. */
const MIN_VALUE_OF_INFORMATION = 1e-9;
/**
 * Full value of information is computed for at most this many questions a step, the ones that
 * could move the posterior most: it keeps a step's cost near-linear in a large knowledge base.
 */
const VOI_CANDIDATES = 8;

/** The state's beliefs as the numbers the inference works on. */
export function beliefsOf(state: SessionState): Distribution {
  return Float64Array.from(state.beliefs);
}

export function initialState(settings: Settings, deviceId?: string): SessionState {
  const device = deviceId === undefined ? undefined : settings.model.devices.get(deviceId);
  if (device === undefined) return { beliefs: [], done: [], skipped: [], excluded: [], notes: [] };
  const state: SessionState = {
    device: device.device.id,
    beliefs: Array.from(device.prior),
    done: [],
    skipped: [],
    excluded: [],
    notes: [],
  };
  if (settings.purchaseDate !== undefined) state.ageBand = ageBandOf(settings.purchaseDate, settings.today, policyOf(settings, device));
  return state;
}

export function deviceOf(settings: Settings, state: SessionState): ModelDevice | undefined {
  return state.device === undefined ? undefined : settings.model.devices.get(state.device);
}

export function policyOf(settings: Settings, device: ModelDevice): Policy {
  const { returnDays, warrantyMonths, lifespanMonths } = device.device;
  const legal = settings.legal;
  return {
    returnDays: Math.max(settings.returnDays ?? returnDays, legal?.rejectDays ?? 0),
    warrantyMonths,
    // Past the usual lifespan a failing battery is wear, not a fault that was there at delivery.
    legalMonths: Math.min(legal?.guaranteeMonths ?? 0, lifespanMonths),
    presumedMonths: legal?.presumedMonths ?? 0,
    lifespanMonths,
    repairPays: repairPays(settings.model.costs, device.device),
  };
}

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

/** The actions still open: not done, not ruled out by an answer. */
function openActions(state: SessionState, device: ModelDevice): ModelAction[] {
  const closed = new Set([...state.done, ...state.excluded]);
  return device.actions.filter((a) => !closed.has(a.action.id));
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

/**
 * What handing it over would cost now, for each cause: the escalation this age leads to (with the
 * age not yet known, the mean over the ages it could be), plus the needless return or claim when the
 * fault is one the shopper could have fixed.
 */
function costOfStopping(settings: Settings, state: SessionState, device: ModelDevice): EscalationCosts {
  // The same for every state of a session at one age: worked out once.
  const kept = stoppingCosts.get(settings) ?? new Map<string, EscalationCosts>();
  stoppingCosts.set(settings, kept);
  const key = `${device.device.id}|${state.ageBand}`;
  let costs = kept.get(key);
  if (costs === undefined) {
    costs = stoppingCostsAt(settings, state.ageBand, device);
    kept.set(key, costs);
  }
  return costs;
}

const stoppingCosts = new WeakMap<Settings, Map<string, EscalationCosts>>();

function stoppingCostsAt(settings: Settings, ageBand: AgeBand | undefined, device: ModelDevice): EscalationCosts {
  const { costs, causes } = settings.model;
  const policy = policyOf(settings, device);
  const bands = ageBand !== undefined && ageBand !== 'unknown' ? [ageBand] : possibleAgeBands(policy);
  const outcomes = bands.map((band) => escalationOutcome(band, policy));
  const mean = (cost: (outcome: Escalation) => number) => outcomes.reduce((sum, outcome) => sum + cost(outcome), 0) / outcomes.length;
  const handover = mean((outcome) => escalationCost(costs, device.device, outcome));
  const needless = mean((outcome) => needlessCost(costs, outcome));
  return Float64Array.from(causes, (cause) => handover + (cause.userFixable ? needless : 0));
}

function questionCandidates(questions: ModelQuestion[], beliefs: Distribution): ModelQuestion[] {
  if (questions.length <= VOI_CANDIDATES) return questions;
  return questions
    .map((question) => ({ question, shift: expectedShift(beliefs, question) }))
    .sort((a, b) => b.shift - a.shift || a.question.order - b.question.order)
    .slice(0, VOI_CANDIDATES)
    .map(({ question }) => question);
}

/** What the plan still holds: expected hands-on and waiting minutes, and how many steps. */
export function plannedWork(settings: Settings, state: SessionState): { handsOn: number; waiting: number; steps: number } {
  const device = deviceOf(settings, state);
  if (device === undefined || state.ending !== undefined) return { handsOn: 0, waiting: 0, steps: 0 };
  const plan = planRepair(beliefsOf(state), openActions(state, device), costOfStopping(settings, state, device));
  return { handsOn: plan.actionMinutes, waiting: plan.waitMinutes, steps: plan.actionCount };
}

/** P(the fault is one no step here can fix). */
function unfixableShare(settings: Settings, beliefs: Distribution): number {
  let share = 0;
  settings.model.causes.forEach((cause, c) => {
    if (!cause.userFixable) share += beliefs[c]!;
  });
  return share;
}

/** P(one of the steps the shopper could not do would have fixed it). */
function skippedFixShare(state: SessionState, device: ModelDevice, beliefs: Distribution): number {
  const skipped = new Set(state.skipped);
  const stillBroken = Float64Array.from(beliefs);
  for (const action of device.actions) {
    if (!skipped.has(action.action.id)) continue;
    action.fix.causes.forEach((c, i) => (stillBroken[c]! *= 1 - action.fix.values[i]!));
  }
  let fixed = 0;
  beliefs.forEach((p, c) => (fixed += p - stillBroken[c]!));
  return fixed;
}

/**
 * Self-help is over: the outcome follows from the age, asked only when it changes the answer. A step
 * the shopper could not do changes the verdict only when it is likelier to be the fix than a fault
 * nobody at home can mend: then support, who can help with it, is the honest way on.
 */
function escalate(settings: Settings, state: SessionState, device: ModelDevice): Step {
  const ending = (outcome: Outcome): Step => ({ kind: 'result', ending: { outcome, beliefs: state.beliefs, notes: state.notes } });
  const beliefs = beliefsOf(state);
  if (state.returnOffer !== 'return' && skippedFixShare(state, device, beliefs) > unfixableShare(settings, beliefs))
    return ending('contact-support');
  const policy = policyOf(settings, device);
  if (state.ageBand !== undefined) return ending(escalationOutcome(state.ageBand, policy));
  const bands = possibleAgeBands(policy);
  const outcomes = new Set(bands.map((band) => escalationOutcome(band, policy)));
  if (outcomes.size === 1) return ending(outcomes.values().next().value!);
  return { kind: 'age', bands };
}

/** The ids a step can be answered with (its options' words come from the prompt). */
export function answerIds(settings: Settings, step: Step): readonly string[] {
  switch (step.kind) {
    case 'device':
      return settings.model.knowledgeBase.devices.map((d) => d.id);
    case 'question':
      return step.question.question.options.map((o) => o.id);
    case 'action':
      return ACTION_ANSWERS;
    case 'age':
      return [...step.bands, 'unknown'];
    case 'return-offer':
      return RETURN_OFFER_ANSWERS;
    case 'result':
      return [];
  }
}

/** The state after answering `step` with `optionId` (already checked to be one of its answers). */
export function transition(settings: Settings, state: SessionState, step: Step, optionId: string): SessionState {
  switch (step.kind) {
    case 'device':
      return initialState(settings, optionId);
    case 'age':
      return { ...state, ageBand: optionId as AgeBand };
    case 'return-offer':
      return { ...state, returnOffer: optionId === 'return-now' ? 'return' : 'try' };
    case 'question':
      return answerQuestion(state, step.question, optionId);
    case 'action':
      return answerAction(state, step.action, optionId);
    case 'result':
      return state;
  }
}

function answerQuestion(state: SessionState, question: ModelQuestion, optionId: string): SessionState {
  const index = question.question.options.findIndex((option) => option.id === optionId);
  const option = question.question.options[index]!;
  const beliefs = Array.from(afterAnswer(beliefsOf(state), question, index));
  const next: SessionState = { ...state, beliefs, done: [...state.done, question.question.id] };
  if (option.excludes !== undefined) next.excluded = [...state.excluded, ...option.excludes];
  if (option.next !== undefined) next.forced = option.next;
  if (option.offersReturn && state.returnOffer === undefined) next.returnOffer = 'pending';
  const note: NoteSource = { question: question.question.id, option: option.id };
  const hasWords = option.note !== undefined || option.links !== undefined || option.steps !== undefined;
  if (option.outcome !== undefined)
    next.ending = {
      outcome: option.outcome,
      beliefs,
      notes: [...(hasWords ? [note] : []), ...state.notes],
      ...(option.stop === undefined ? {} : { stop: option.stop }),
    };
  else if (hasWords) next.notes = [...state.notes, note];
  return next;
}

function answerAction(state: SessionState, action: ModelAction, optionId: string): SessionState {
  const id = action.action.id;
  const next: SessionState = { ...state, done: [...state.done, id] };
  if (optionId === 'skip') {
    const required = state.forced === id ? action.action.whenSkipped : undefined;
    if (required) {
      const notes = [{ skippedAction: id }, ...state.notes];
      const stop = required.stop === undefined ? {} : { stop: required.stop };
      return { ...next, ending: { outcome: required.outcome, beliefs: state.beliefs, notes, ...stop } };
    }
    return { ...next, skipped: [...state.skipped, id] };
  }
  const beliefs = beliefsOf(state);
  if (optionId === 'fixed') {
    // Credit the causes this action can fix, weighted by how likely each was.
    return { ...next, ending: { outcome: 'resolved', beliefs: Array.from(afterFix(beliefs, action)), notes: state.notes } };
  }
  return { ...next, done: [...next.done, ...(action.action.reveals ?? [])], beliefs: Array.from(afterFailure(beliefs, action)) };
}
