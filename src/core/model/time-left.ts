import { type EscalationCosts, planRepair } from './inference.js';
import type { Distribution, ModelAction } from './model.js';

/** How long the planned steps take, in minutes as computed (the session rounds them for showing). */
export interface PlanTimes {
  /** Expected hands-on and waiting minutes: each step's weighted by P(the session reaches it). */
  handsOn: number;
  waiting: number;
  /** Expected number of steps. */
  steps: number;
  /**
   * The median: the minutes after which the session has ended at least half the time (fixed by one of
   * the steps, or all of them done). The expectation above is pulled up by rare long waits (four hours
   * of drying); the median is what a shopper usually meets, and the figure with the least absolute error.
   */
  usually: number;
  /** The waiting part of `usually`. */
  usuallyWaiting: number;
  /** Every planned step done, none of them fixing it. */
  upTo: number;
}

/** The plan of `planRepair` read as a distribution of the time until the session ends. */
export function planTimes(posterior: Distribution, actions: readonly ModelAction[], escalation: EscalationCosts): PlanTimes {
  let ended = 0; // P(one of the steps so far fixed it)
  let elapsed = 0;
  let waited = 0;
  let median: { usually: number; usuallyWaiting: number } | undefined;
  const plan = planRepair(posterior, actions, escalation, (action, _reach, fixes) => {
    const wait = action.action.waitMinutes ?? 0;
    elapsed += action.action.minutes + wait;
    waited += wait;
    ended += fixes;
    // A hair under a half: sums of probabilities that are exactly a half on paper.
    if (median === undefined && ended >= 0.5 - 1e-9) median = { usually: elapsed, usuallyWaiting: waited };
  });
  return {
    handsOn: plan.actionMinutes,
    waiting: plan.waitMinutes,
    steps: plan.actionCount,
    ...(median ?? { usually: elapsed, usuallyWaiting: waited }),
    upTo: elapsed,
  };
}
