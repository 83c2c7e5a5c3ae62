import type { Distribution, ModelAction, ModelQuestion, SparseVector } from './model.js';

/** A step the answers leave less than this chance of fixing is ruled out, even one always tried before escalating. */
export const RULED_OUT = 0.01;

/**
 * Bayes' rule: `scaled` holds the posterior times P(evidence | cause), not yet normalised.
 * Evidence the model calls impossible for every cause left is ignored rather than turned into a
 * division by zero: the shopper's word beats the model's numbers.
 */
function normalised(scaled: Distribution, before: Distribution): Distribution {
  let total = 0;
  for (let c = 0; c < scaled.length; c++) total += scaled[c]!;
  if (total <= 0) return before;
  for (let c = 0; c < scaled.length; c++) scaled[c]! /= total;
  return scaled;
}

/** The posterior after answer `option` to `question`. */
export function afterAnswer(posterior: Distribution, question: ModelQuestion, option: number): Distribution {
  // Causes no option names answer every option alike; only the named ones move.
  const scaled = posterior.map((p) => p / question.likelihood.length);
  const row = question.likelihood[option]!;
  question.mentioned.forEach((c, m) => (scaled[c] = posterior[c]! * row[m]!));
  return normalised(scaled, posterior);
}

/** The posterior after `action` did not fix it: each cause times 1 − P(fix | cause). */
export function afterFailure(posterior: Distribution, { fix }: ModelAction): Distribution {
  const scaled = posterior.slice();
  fix.causes.forEach((c, i) => (scaled[c] = posterior[c]! * (1 - fix.values[i]!)));
  return normalised(scaled, posterior);
}

/** Which cause the fix most likely was: the posterior times P(fix | cause). */
export function afterFix(posterior: Distribution, { fix }: ModelAction): Distribution {
  const scaled = new Float64Array(posterior.length);
  fix.causes.forEach((c, i) => (scaled[c] = posterior[c]! * fix.values[i]!));
  return normalised(scaled, posterior);
}

function dot(weights: Distribution, vector: SparseVector): number {
  let sum = 0;
  vector.causes.forEach((c, i) => (sum += weights[c]! * vector.values[i]!));
  return sum;
}

/** P(the action fixes it) under the posterior. */
export function fixProbability(posterior: Distribution, action: ModelAction): number {
  return dot(posterior, action.fix);
}

/** P(answer) for each option of a question under the posterior. */
function answerProbabilities(posterior: Distribution, question: ModelQuestion): number[] {
  let mentionedMass = 0;
  question.mentioned.forEach((c) => (mentionedMass += posterior[c]!));
  const unmentioned = (1 - mentionedMass) / question.likelihood.length;
  return question.likelihood.map((row) => {
    let p = unmentioned;
    question.mentioned.forEach((c, m) => (p += posterior[c]! * row[m]!));
    return p;
  });
}

export interface RankedAction {
  action: ModelAction;
  fixProbability: number;
  /** P(fix) per minute of cost: the troubleshooting literature's efficiency. */
  efficiency: number;
}

/** Actions by falling P(fix)/cost, knowledge-base order breaking ties; those that cannot help are left out. */
export function rankActions(posterior: Distribution, actions: readonly ModelAction[]): RankedAction[] {
  const ranked: RankedAction[] = [];
  for (const action of actions) {
    const p = fixProbability(posterior, action);
    if (p > 0) ranked.push({ action, fixProbability: p, efficiency: p / action.cost });
  }
  return ranked.sort((a, b) => b.efficiency - a.efficiency || a.action.order - b.action.order);
}

/**
 * What escalating costs if each cause is the fault: the same handover for all, plus, for a fault the
 * shopper could have fixed, the needless return or claim it sends to the shop and the maker.
 */
export type EscalationCosts = Float64Array;

/** The escalation cost an action is expected to save: Σ P(cause) × P(fix | cause) × escalation cost. */
export function expectedSaving(weights: Distribution, action: ModelAction, escalation: EscalationCosts): number {
  let saving = 0;
  action.fix.causes.forEach((c, i) => (saving += weights[c]! * action.fix.values[i]! * escalation[c]!));
  return saving;
}

/** An action earns its cost while the escalation it is expected to save beats it. */
export function isWorthTrying(posterior: Distribution, action: ModelAction, escalation: EscalationCosts): boolean {
  return expectedSaving(posterior, action, escalation) >= action.cost;
}

export interface RepairPlan {
  /** Expected cost of the actions still to come (minutes, waiting at its weight). */
  actionCost: number;
  /** Expected hands-on minutes and waiting minutes of those actions. */
  actionMinutes: number;
  waitMinutes: number;
  /** Expected number of those actions the shopper will do. */
  actionCount: number;
  /** P(none of them fixes it). */
  unresolved: number;
  /** The expected cost of escalating when none does. */
  escalationCost: number;
}

/** Told of each planned action in order: P(the session reaches it) and P(it is the one that fixes it). */
export type PlanVisitor = (action: ModelAction, reach: number, fixes: number) => void;

/**
 * The rest of the troubleshooting as the literature plans it (Heckerman, Breese & Rommelse 1995):
 * the actions in efficiency order, each only while it is worth trying (or one the engine always
 * tries before escalating), then escalation. `visit` sees the planned actions (the clock reads them).
 */
export function planRepair(
  posterior: Distribution,
  actions: readonly ModelAction[],
  escalation: EscalationCosts,
  visit?: PlanVisitor,
): RepairPlan {
  const stillBroken = posterior.slice(); // P(cause and not fixed yet)
  let reach = 1; // P(not fixed yet)
  const plan: RepairPlan = { actionCost: 0, actionMinutes: 0, waitMinutes: 0, actionCount: 0, unresolved: 0, escalationCost: 0 };
  for (const { action } of rankActions(posterior, actions)) {
    if (reach <= 0) break;
    const fixedNow = dot(stillBroken, action.fix);
    // Steps tried before any escalation are in every plan; others only while they earn their cost.
    const alwaysTried = action.action.tryBeforeEscalating && fixedNow >= RULED_OUT * reach;
    if (!alwaysTried && expectedSaving(stillBroken, action, escalation) < reach * action.cost) continue;
    plan.actionCost += reach * action.cost;
    plan.actionMinutes += reach * action.action.minutes;
    plan.waitMinutes += reach * (action.action.waitMinutes ?? 0);
    plan.actionCount += reach;
    visit?.(action, reach, fixedNow);
    action.fix.causes.forEach((c, i) => (stillBroken[c]! *= 1 - action.fix.values[i]!));
    reach -= fixedNow;
  }
  plan.unresolved = Math.max(0, reach);
  stillBroken.forEach((p, c) => (plan.escalationCost += p * escalation[c]!));
  return plan;
}

/** Expected cost of repair: the planned actions plus, if they fail, escalating. */
export function expectedCost(posterior: Distribution, actions: readonly ModelAction[], escalation: EscalationCosts): number {
  const plan = planRepair(posterior, actions, escalation);
  return plan.actionCost + plan.escalationCost;
}

/**
 * Value of asking a question: the expected cost of acting now minus that of asking first
 * (the question's own minutes plus, for each answer, the expected cost after it).
 */
export function valueOfInformation(
  posterior: Distribution,
  question: ModelQuestion,
  actions: readonly ModelAction[],
  escalation: EscalationCosts,
  costNow = expectedCost(posterior, actions, escalation),
): number {
  let costAfter = question.minutes;
  answerProbabilities(posterior, question).forEach((p, option) => {
    if (p > 0) costAfter += p * expectedCost(afterAnswer(posterior, question, option), actions, escalation);
  });
  return costNow - costAfter;
}

/**
 * A cheap measure of how much a question could move the posterior (expected total variation on
 * the causes it names), used to pick which questions get the full value-of-information treatment.
 */
export function expectedShift(posterior: Distribution, question: ModelQuestion): number {
  const answers = answerProbabilities(posterior, question);
  let shift = 0;
  question.likelihood.forEach((row, option) => {
    const p = answers[option]!;
    if (p <= 0) return;
    question.mentioned.forEach((c, m) => (shift += Math.abs(posterior[c]! * row[m]! - p * posterior[c]!)));
  });
  return shift;
}
