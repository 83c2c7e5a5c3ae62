import { OUTCOME_KINDS } from '../shared/index.js';
import type { Device, Escalation, KnowledgeBase } from '../types.js';

/**
 * Everything weighed in one unit, minutes of the shopper's hands-on effort: a step's minutes, its
 * waiting at a small weight, and what each escalation costs (its own effort, the days without the
 * product, and money for a repair or a new one). The engine goes on troubleshooting while that is
 * expected to cost less than escalating now.
 */
export interface ResolvedCosts {
  waitingWeight: number;
  needlessEscalation: number;
  needlessReturn: number;
  dayWithoutProduct: number;
  moneyUnit: number;
  outcomes: Record<Escalation, { minutes: number; days: number }>;
}

/**
 * The defaults, each a team estimate unless a source is named: a waiting minute is worth a tenth of
 * a hands-on one (the shopper does something else meanwhile); a day without the product 10 minutes;
 * a unit of money 2 minutes (a value of time of about 30 an hour); a warranty claim about two weeks
 * without the product (Shokz, US: label, inspection, replacement shipped) and half an hour of forms,
 * serial number, proof of purchase and a parcel; a refund a trip or a parcel and a few days; and a
 * return or claim for a fault the shopper could have fixed an hour more (the shop's handling, the
 * maker's inspection that finds no fault, the shopper's trip for nothing).
 */
export const DEFAULT_COSTS: ResolvedCosts = {
  waitingWeight: 0.1,
  needlessEscalation: 60,
  needlessReturn: 180,
  dayWithoutProduct: 10,
  moneyUnit: 2,
  outcomes: {
    refund: { minutes: 30, days: 3 },
    'warranty-claim': { minutes: 30, days: 14 },
    'legal-guarantee': { minutes: 40, days: 14 },
    repair: { minutes: 30, days: 10 },
    replace: { minutes: 20, days: 2 },
    'contact-support': { minutes: 20, days: 7 },
  },
};

/**
 * The knowledge base's costs over the defaults. A knowledge base with only the older flat
 * `escalationMinutes` gets that for every escalation and free waiting, as before.
 */
export function resolveCosts(kb: KnowledgeBase): ResolvedCosts {
  const given = kb.costs;
  if (given === undefined && kb.escalationMinutes !== undefined) {
    const flat = { minutes: kb.escalationMinutes, days: 0 };
    const outcomes = Object.fromEntries(Object.keys(DEFAULT_COSTS.outcomes).map((outcome) => [outcome, flat])) as ResolvedCosts['outcomes'];
    return { ...DEFAULT_COSTS, waitingWeight: 0, needlessEscalation: 0, needlessReturn: 0, outcomes };
  }
  return {
    waitingWeight: given?.waitingWeight ?? DEFAULT_COSTS.waitingWeight,
    needlessEscalation: given?.needlessEscalation ?? DEFAULT_COSTS.needlessEscalation,
    needlessReturn: given?.needlessReturn ?? DEFAULT_COSTS.needlessReturn,
    dayWithoutProduct: given?.dayWithoutProduct ?? DEFAULT_COSTS.dayWithoutProduct,
    moneyUnit: given?.moneyUnit ?? DEFAULT_COSTS.moneyUnit,
    outcomes: { ...DEFAULT_COSTS.outcomes, ...given?.outcomes },
  };
}

/** What an escalation costs the shopper of this device, in minutes of effort. */
export function escalationCost(costs: ResolvedCosts, device: Device, outcome: Escalation): number {
  const { minutes, days } = costs.outcomes[outcome];
  const { price } = OUTCOME_KINDS[outcome];
  const money = price === 'repair' ? typicalRepairPrice(device) : price === 'product' ? (device.price ?? 0) : 0;
  return minutes + days * costs.dayWithoutProduct + money * costs.moneyUnit;
}

/** A repair's typical price: the middle of its range when one is given (its floor would flatter repairs). */
function typicalRepairPrice({ repairPrice = 0, repairPriceMax = repairPrice }: Device): number {
  return (repairPrice + repairPriceMax) / 2;
}

/** Whether a repair is worth it past warranty: someone repairs it, and it costs less than a new one. */
export function repairPays(costs: ResolvedCosts, device: Device): boolean {
  if (device.repairable === false) return false;
  if (device.price === undefined || device.repairPrice === undefined) return true;
  return escalationCost(costs, device, 'repair') < escalationCost(costs, device, 'replace');
}

/** What escalating costs on top when the fault was one the shopper could have fixed: a needless return costs the shop most. */
export function needlessCost(costs: ResolvedCosts, outcome: Escalation): number {
  return OUTCOME_KINDS[outcome].needless === 'return' ? costs.needlessReturn : costs.needlessEscalation;
}
