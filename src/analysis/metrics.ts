import { isEscalation, OUTCOME_VERDICTS } from '../core/internal.js';
import type { Outcome } from '../core/types.js';
import type { Ending } from './simulated-shopper.js';

// The yardstick's figures: what one strategy's sessions add up to, per device and over devices.

/**
 * A session ends right when a fault the shopper can fix is resolved, and when one the shopper cannot
 * fix sends the product back to whoever puts it right (`sentBack`): the shop, the maker, the seller
 * under the law, a repairer. A legal-guarantee claim is right for the same reason a warranty claim
 * is: inside the guarantee the seller owes the repair or replacement. Support is not: nobody owns the
 * fault yet. "Get the part" is right when the part fixes the true cause (`partFixesIt`).
 */
export function endedRight(outcome: Outcome, fixable: boolean, partFixesIt = false): boolean {
  if (outcome === 'get-part') return partFixesIt;
  return fixable ? outcome === 'resolved' : OUTCOME_VERDICTS[outcome].sentBack;
}

export interface Metrics {
  /** Share of sessions ending right: resolved for a user-fixable cause, sent back (refund, claim, legal guarantee, repair, replace) for one that is not. */
  right: number;
  /** Share of sessions with a user-fixable cause that end in an escalation (refund, claim, legal guarantee, repair, replace, support). */
  fixableEscalated: number;
  /** Share of sessions ending in a refund for a fault the shopper could have fixed. */
  fixableRefunds: number;
  /**
   * Of those refunds, the share in which a step for the device would have fixed the fault but none
   * such was offered; undefined where there are none (past the return window).
   */
  refundsNeverOffered: number | undefined;
  /** Share of firmware faults resolved; undefined where firmware has no prior. */
  firmwareFixed: number | undefined;
  /** Mean minutes of the shopper's effort (questions and actions). */
  handsOn: number;
  /** Mean unattended minutes (charging untouched, drying). */
  waiting: number;
  prompts: number;
  /** Share of sessions ending in each outcome. */
  outcomes: Partial<Record<Outcome, number>>;
}

/** Sums sessions, each weighted by its cause's prior, into the figures. */
export class Tally {
  weight = 0;
  right = 0;
  fixableWeight = 0;
  fixableEscalated = 0;
  fixableRefunds = 0;
  refundsNeverOffered = 0;
  firmwareWeight = 0;
  firmwareFixed = 0;
  handsOn = 0;
  waiting = 0;
  prompts = 0;
  outcomes: Partial<Record<Outcome, number>> = {};

  add(ending: Ending, weight: number, cause: string, fixable: boolean): void {
    this.weight += weight;
    const resolved = ending.outcome === 'resolved';
    if (endedRight(ending.outcome, fixable, ending.partCause === cause)) this.right += weight;
    if (fixable) {
      this.fixableWeight += weight;
      if (isEscalation(ending.outcome)) this.fixableEscalated += weight;
      if (ending.outcome === 'refund') {
        this.fixableRefunds += weight;
        if (ending.missedFix) this.refundsNeverOffered += weight;
      }
    }
    if (cause === 'firmware') {
      this.firmwareWeight += weight;
      if (resolved) this.firmwareFixed += weight;
    }
    this.handsOn += weight * ending.handsOn;
    this.waiting += weight * ending.waiting;
    this.prompts += weight * ending.prompts;
    this.outcomes[ending.outcome] = (this.outcomes[ending.outcome] ?? 0) + weight;
  }

  metrics(): Metrics {
    const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
    return {
      right: share(this.right, this.weight),
      fixableEscalated: share(this.fixableEscalated, this.fixableWeight),
      fixableRefunds: share(this.fixableRefunds, this.weight),
      refundsNeverOffered: this.fixableRefunds > 0 ? this.refundsNeverOffered / this.fixableRefunds : undefined,
      firmwareFixed: this.firmwareWeight > 0 ? this.firmwareFixed / this.firmwareWeight : undefined,
      handsOn: share(this.handsOn, this.weight),
      waiting: share(this.waiting, this.weight),
      prompts: share(this.prompts, this.weight),
      outcomes: Object.fromEntries(Object.entries(this.outcomes).map(([outcome, w]) => [outcome, share(w, this.weight)])),
    };
  }
}

/** The mean of each figure over devices (firmware over the devices that have it). */
export function meanMetrics(all: readonly Metrics[]): Metrics {
  const mean = (pick: (m: Metrics) => number | undefined) => {
    const values = all.map(pick).filter((v): v is number => v !== undefined);
    return values.length === 0 ? undefined : values.reduce((sum, v) => sum + v, 0) / values.length;
  };
  const outcomes: Partial<Record<Outcome, number>> = {};
  for (const outcome of new Set(all.flatMap((m) => Object.keys(m.outcomes) as Outcome[])))
    outcomes[outcome] = mean((m) => m.outcomes[outcome] ?? 0)!;
  return {
    right: mean((m) => m.right)!,
    fixableEscalated: mean((m) => m.fixableEscalated)!,
    fixableRefunds: mean((m) => m.fixableRefunds)!,
    // A share of refunds: weighted by each device's refunds, not one vote per device.
    refundsNeverOffered: weightedMean(
      all,
      (m) => m.refundsNeverOffered,
      (m) => m.fixableRefunds,
    ),
    firmwareFixed: mean((m) => m.firmwareFixed),
    handsOn: mean((m) => m.handsOn)!,
    waiting: mean((m) => m.waiting)!,
    prompts: mean((m) => m.prompts)!,
    outcomes,
  };
}

/** The mean of `pick` weighted by `weight`, over the figures that have it. */
function weightedMean(
  all: readonly Metrics[],
  pick: (m: Metrics) => number | undefined,
  weight: (m: Metrics) => number,
): number | undefined {
  let sum = 0;
  let total = 0;
  for (const m of all) {
    const value = pick(m);
    if (value === undefined) continue;
    sum += value * weight(m);
    total += weight(m);
  }
  return total > 0 ? sum / total : undefined;
}
