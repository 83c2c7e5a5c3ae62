import { addMonths, type CalendarDate, daysBetween, isAfter } from '../shared/index.js';
import type { Escalation } from '../types.js';

/**
 * Where a product's age falls: the return window, the maker's warranty, the seller's legal guarantee
 * beyond it, the rest of its usual lifespan, or past it.
 */

import type { AgeBand } from '../shared/index.js';

export interface Policy {
  /** The longer of the shop's return window and the law's right to reject a faulty product. */
  returnDays: number;
  warrantyMonths: number;
  /** The seller's legal guarantee, capped at the lifespan (past it a failing battery is wear, not a defect); 0 when none applies. */
  legalMonths: number;
  /** Months in which the law presumes a fault was there at delivery; 0 when unknown. */
  presumedMonths: number;
  lifespanMonths: number;
  /** After warranty and legal guarantee: whether a repair costs the shopper less than replacing. */
  repairPays: boolean;
}

const DAYS_PER_MONTH = 30.4375;

/**
 * Days are counted as a shop counts them: the purchase day is day 0, so a 30-day window bought on
 * 7 November still includes 7 December (day 30) and ends with it.
 */
export function ageBandOf(purchase: CalendarDate, today: CalendarDate, policy: Policy): AgeBand {
  if (daysBetween(purchase, today) <= policy.returnDays) return 'return';
  if (!isAfter(today, addMonths(purchase, policy.warrantyMonths))) return 'warranty';
  if (!isAfter(today, addMonths(purchase, policy.legalMonths))) return 'legal';
  if (isAfter(today, addMonths(purchase, policy.lifespanMonths))) return 'past-lifespan';
  return 'lifespan';
}

/** The bands a product of this policy can be in, youngest first ('unknown' not included). */
export function possibleAgeBands(policy: Policy): AgeBand[] {
  const returnMonths = policy.returnDays / DAYS_PER_MONTH;
  const bands: AgeBand[] = [];
  if (policy.returnDays > 0) bands.push('return');
  if (policy.warrantyMonths > returnMonths) bands.push('warranty');
  if (policy.legalMonths > Math.max(policy.warrantyMonths, returnMonths)) bands.push('legal');
  if (policy.lifespanMonths > Math.max(policy.warrantyMonths, policy.legalMonths, returnMonths)) bands.push('lifespan');
  bands.push('past-lifespan');
  return bands;
}

/** The months after which the next band starts: what the age question's options are worded with. */
export function bandEndMonths(policy: Policy): { warranty: number; legal: number; lifespan: number } {
  const legal = Math.max(policy.warrantyMonths, policy.legalMonths);
  return { warranty: policy.warrantyMonths, legal, lifespan: Math.max(legal, policy.lifespanMonths) };
}

/**
 * The honest way on once self-help is over: a return beats everything while the window is open;
 * then the maker's warranty; then the seller's legal guarantee; then money and age decide between a
 * repair and a replacement. An unknown age leaves it to support.
 */
export function escalationOutcome(band: AgeBand, policy: Policy): Escalation {
  switch (band) {
    case 'return':
      return 'refund';
    case 'warranty':
      return 'warranty-claim';
    case 'legal':
      return 'legal-guarantee';
    case 'lifespan':
      return policy.repairPays ? 'repair' : 'replace';
    case 'past-lifespan':
      return 'replace';
    case 'unknown':
      return 'contact-support';
  }
}
