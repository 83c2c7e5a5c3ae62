import type { ModelAction, ModelDevice } from '../model/index.js';
import type { SessionState } from '../types.js';
import type { Settings, Step } from './state.js';

// A step the shopper could not do for want of a part (another cable, a charger): when that part is
// the likely fix, the honest way on is to get one, not every other step and then support.

/**
 * The part's cause is "likely" from here: the band the result names a cause "likely" in
 * (`likelihoodOf`), so the result's "the likely fix" is true in the product's own words. Below it, the
 * other steps together are likelier to find the fault than the part, and the session goes on.
 */
export const PART_LIKELY = 0.4;

/**
 * The skipped step whose part to get: its part's cause is the likeliest cause and at least `least`
 * likely (the likeliest of them when two were skipped). Undefined when there is none.
 */
export function partToGet(settings: Settings, state: SessionState, device: ModelDevice, least = PART_LIKELY): ModelAction | undefined {
  if (state.skipped.length === 0) return undefined;
  const { causeIndex } = settings.model;
  const top = Math.max(...state.beliefs);
  let best: { action: ModelAction; p: number } | undefined;
  for (const action of device.actions) {
    const cause = action.action.needs?.cause;
    if (cause === undefined || !state.skipped.includes(action.action.id)) continue;
    const p = state.beliefs[causeIndex.get(cause)!]!;
    if (p >= least && p >= top && (best === undefined || p > best.p)) best = { action, p };
  }
  return best?.action;
}

/** The "get the part" ending for that step: its note brings the step's own words to try again with. */
export function getPart(state: SessionState, action: ModelAction): Step {
  const notes = [{ skippedAction: action.action.id }, ...state.notes];
  return { kind: 'result', ending: { outcome: 'get-part', beliefs: state.beliefs, notes } };
}
