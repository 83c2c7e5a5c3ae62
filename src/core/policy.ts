import { addMonths, daysBetween, isAfter, type CalendarDate } from './dates.js';
import type { Outcome } from './types.js';

/** Where a product's age falls against its return window, warranty and expected lifespan. */
export type AgeBand = 'return' | 'warranty' | 'lifespan' | 'past-lifespan' | 'unknown';

export interface Policy {
  returnDays: number;
  warrantyMonths: number;
  lifespanMonths: number;
}

const DAYS_PER_MONTH = 30.4375;

export function ageBandOf(purchase: CalendarDate, today: CalendarDate, policy: Policy): AgeBand {
  if (daysBetween(purchase, today) <= policy.returnDays) return 'return';
  if (!isAfter(today, addMonths(purchase, policy.warrantyMonths))) return 'warranty';
  if (isAfter(today, addMonths(purchase, policy.lifespanMonths))) return 'past-lifespan';
  return 'lifespan';
}

/** The bands a product of this policy can be in, youngest first ('unknown' not included). */
export function possibleAgeBands(policy: Policy): AgeBand[] {
  const returnMonths = policy.returnDays / DAYS_PER_MONTH;
  const bands: AgeBand[] = [];
  if (policy.returnDays > 0) bands.push('return');
  if (policy.warrantyMonths > returnMonths) bands.push('warranty');
  if (policy.lifespanMonths > Math.max(policy.warrantyMonths, returnMonths)) bands.push('lifespan');
  bands.push('past-lifespan');
  return bands;
}

/**
 * The honest way on once self-help is over: a return beats everything while the window is open;
 * otherwise the warranty, then age decides between a repair and a replacement. When a step the
 * shopper could not do is still worth doing, or the age is unknown, support is the honest answer.
 */
export function escalationOutcome(band: AgeBand, skippedStepWorthDoing: boolean): Outcome {
  if (band === 'return') return 'refund';
  if (band === 'unknown' || skippedStepWorthDoing) return 'contact-support';
  if (band === 'warranty') return 'warranty-claim';
  if (band === 'past-lifespan') return 'replace';
  return 'repair';
}
