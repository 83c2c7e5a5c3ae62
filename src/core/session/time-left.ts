import type { PlanTimes } from '../model/index.js';
import { roundMinutes } from '../shared/index.js';
import type { TimeLeft } from '../types.js';

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
    return Object.freeze({ expected: usually, mostlyWaiting, ...times });
  if (stepFailed) return Object.freeze({ expected: usually, mostlyWaiting, rose: 'step-failed', ...times });
  return Object.freeze({ expected: before.expected, mostlyWaiting: before.mostlyWaiting, ...times });
}
