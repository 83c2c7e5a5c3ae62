import type { PlanTimes } from '../model/index.js';
import { ownFields, roundMinutes } from '../shared/index.js';

/**
 * The clock a step shows, in minutes of the steps still likely to come (the current one included):
 * hands-on effort and unattended waiting (charging untouched, drying). A pure function of the
 * history: `restoreSession` gives the same value.
 */
export interface TimeLeft {
  /**
   * What the session usually still takes (the median over the plan, rounded by `roundMinutes`). Never
   * more than the step before showed, unless that step failed (then `rose` says so).
   */
  readonly expected: number;
  /** Most of `expected` is unattended waiting. */
  readonly mostlyWaiting: boolean;
  /** Every planned step needed, none of them fixing it (rounded by `roundMinutes`). */
  readonly upTo: number;
  /** Set when `expected` is more than the step before showed: the step just tried did not fix it. */
  readonly rose?: 'step-failed';
  /** The expectation (each step's minutes times P(the session reaches it)): hands-on and waiting, unrounded. */
  readonly handsOn: number;
  readonly waiting: number;
}

/**
 * The clock after one more answer: the plan's usual time, held at what the step before showed unless
 * that step failed, so it never rises without a reason on screen. `before` is undefined on the first
 * prompt; a step before that showed nothing (no device yet, nothing planned) holds nothing back.
 * Rounded before it is compared, so what is shown, not a fraction under it, is what may not rise.
 */
export function timeLeftAfter(plan: PlanTimes, before: TimeLeft | undefined, stepFailed: boolean): TimeLeft {
  const usually = roundMinutes(plan.usually);
  const mostlyWaiting = plan.usuallyWaiting > plan.usually - plan.usuallyWaiting;
  const times = { upTo: roundMinutes(plan.upTo), handsOn: plan.handsOn, waiting: plan.waiting };
  if (before === undefined || before.upTo === 0 || usually <= before.expected)
    return Object.freeze(ownFields({ expected: usually, mostlyWaiting, ...times }));
  if (stepFailed) return Object.freeze(ownFields({ expected: usually, mostlyWaiting, rose: 'step-failed' as const, ...times }));
  return Object.freeze(ownFields({ expected: before.expected, mostlyWaiting: before.mostlyWaiting, ...times }));
}
