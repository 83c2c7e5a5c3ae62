import type { ModelDevice } from '../model/index.js';
import { escalationOutcome, possibleAgeBands, wearShare } from '../model/index.js';
import type { AgeBand } from '../shared/index.js';
import type { SessionState } from '../types.js';
import { policyOf, type Settings } from './state.js';

// The product's age, asked before the fixes when the answers already point at wear: for a worn
// battery the age decides between a claim and a replacement.

/**
 * Wear at least this likely (the band the result calls "likely") brings the age forward. Why asking
 * then costs (next to) nothing and cannot make the plan worse:
 * - the age is asked anyway on every path that hands the product over while the hand-off depends on
 *   it, and with wear this likely most paths do (P(no fix) ≥ P(wear) ≥ 0.4): asking early adds at
 *   most its half minute on the paths a later fix would have ended, in expectation ≤ 0.3 min;
 * - the plan's expected cost is concave in the cost of stopping, so planning at the age's own cost
 *   rather than the mean over ages never costs more (value of information ≥ 0), and each later step
 *   is weighed against the hand-off the shopper will really get (a claim takes two weeks, a new one
 *   costs money);
 * - the shopper learns at once which way it is likely to end, instead of after every generic fix.
 * Below the threshold the age is asked, as before, only when the hand-off depends on it; the
 * threshold also keeps the verifier's paths from splitting by age early on every path.
 */
export const WEAR_LIKELY = 0.4;

/** The bands to ask about now, when the age is not known, wear is likely and the hand-off differs by age. */
export function earlyAge(settings: Settings, state: SessionState, device: ModelDevice): AgeBand[] | undefined {
  if (state.ageBand !== undefined || state.returnOffer !== undefined) return undefined;
  if (wearShare(settings.model, state.beliefs) < WEAR_LIKELY) return undefined;
  const policy = policyOf(settings, device);
  const bands = possibleAgeBands(policy);
  return new Set(bands.map((band) => escalationOutcome(band, policy))).size < 2 ? undefined : bands;
}
