import type { Distribution, ModelDevice } from '../model/index.js';
import { type EscalationCosts, escalationCost, escalationOutcome, needlessCost, possibleAgeBands } from '../model/index.js';
import type { AgeBand } from '../shared/index.js';
import type { Escalation, Outcome, SessionState } from '../types.js';
import { getPart, partToGet } from './part.js';
import { beliefsOf, policyOf, type Settings, type Step } from './state.js';

// When self-help is over: what handing the product over would cost now, and which hand-off it is.

/**
 * What handing it over would cost now, for each cause: the escalation this age leads to (with the
 * age not yet known, the mean over the ages it could be), plus the needless return or claim when the
 * fault is one the shopper could have fixed.
 */
export function costOfStopping(settings: Settings, state: SessionState, device: ModelDevice): EscalationCosts {
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
 * nobody at home can mend: then support, who can help with it, is the honest way on; or, when that
 * step's part is the likeliest fix of all, getting the part.
 */
export function escalate(settings: Settings, state: SessionState, device: ModelDevice): Step {
  const ending = (outcome: Outcome): Step => ({ kind: 'result', ending: { outcome, beliefs: state.beliefs, notes: state.notes } });
  const beliefs = beliefsOf(state);
  if (state.returnOffer !== 'return' && skippedFixShare(state, device, beliefs) > unfixableShare(settings, beliefs)) {
    const part = partToGet(settings, state, device, 0);
    return part === undefined ? ending('contact-support') : getPart(state, part);
  }
  const policy = policyOf(settings, device);
  if (state.ageBand !== undefined) return ending(escalationOutcome(state.ageBand, policy));
  const bands = possibleAgeBands(policy);
  const outcomes = new Set(bands.map((band) => escalationOutcome(band, policy)));
  if (outcomes.size === 1) return ending(outcomes.values().next().value!);
  return { kind: 'age', bands };
}
