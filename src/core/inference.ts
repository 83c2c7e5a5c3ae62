import type { Distribution, ModelAction, ModelQuestion } from './model.js';

/**
 * Bayes' rule for one piece of evidence: multiplies the posterior by P(evidence | cause) and
 * renormalises. Evidence the model calls impossible for every cause left is ignored rather than
 * turned into a division by zero: the shopper's word beats the model's numbers.
 */
export function updatePosterior(posterior: Distribution, likelihood: (cause: number) => number): Distribution {
  const next = new Float64Array(posterior.length);
  let total = 0;
  for (let c = 0; c < posterior.length; c++) {
    next[c] = posterior[c]! * likelihood(c);
    total += next[c]!;
  }
  if (total <= 0) return posterior;
  for (let c = 0; c < next.length; c++) next[c]! /= total;
  return next;
}

/** P(the action fixes it) under the posterior. */
export function fixProbability(posterior: Distribution, action: ModelAction): number {
  let p = 0;
  for (let c = 0; c < posterior.length; c++) p += posterior[c]! * action.fix[c]!;
  return p;
}

/** P(answer) for each option of a question under the posterior. */
export function answerProbabilities(posterior: Distribution, question: ModelQuestion): number[] {
  return question.likelihood.map((row) => {
    let p = 0;
    for (let c = 0; c < posterior.length; c++) p += posterior[c]! * row[c]!;
    return p;
  });
}

export interface RankedAction {
  action: ModelAction;
  fixProbability: number;
  /** P(fix) per minute of effort: the troubleshooting literature's efficiency. */
  efficiency: number;
}

/** Actions by falling P(fix)/minutes, knowledge-base order breaking ties; those that cannot help are left out. */
export function rankActions(posterior: Distribution, actions: readonly ModelAction[]): RankedAction[] {
  const ranked: RankedAction[] = [];
  for (const action of actions) {
    const p = fixProbability(posterior, action);
    if (p > 0) ranked.push({ action, fixProbability: p, efficiency: p / action.action.minutes });
  }
  return ranked.sort((a, b) => b.efficiency - a.efficiency || a.action.order - b.action.order);
}

/** An action earns its minutes while its chance of fixing, times the cost of escalating, beats them. */
export function isWorthTrying(fixChance: number, minutes: number, escalationMinutes: number): boolean {
  return fixChance * escalationMinutes >= minutes;
}

export interface RepairPlan {
  /** Expected hands-on minutes of the actions still to come. */
  actionMinutes: number;
  /** P(none of them fixes it), when escalating costs its minutes too. */
  unresolved: number;
}

/**
 * The rest of the troubleshooting as the literature plans it (Heckerman, Breese & Rommelse 1995):
 * the actions in efficiency order, each only while it is worth trying, then escalation.
 */
export function planRepair(posterior: Distribution, actions: readonly ModelAction[], escalationMinutes: number): RepairPlan {
  const stillBroken = Float64Array.from(posterior); // P(cause and not fixed yet)
  let reach = 1; // P(not fixed yet)
  let actionMinutes = 0;
  for (const { action } of rankActions(posterior, actions)) {
    if (reach <= 0) break;
    let fixedNow = 0;
    for (let c = 0; c < stillBroken.length; c++) fixedNow += stillBroken[c]! * action.fix[c]!;
    if (!isWorthTrying(fixedNow / reach, action.action.minutes, escalationMinutes)) continue;
    actionMinutes += reach * action.action.minutes;
    for (let c = 0; c < stillBroken.length; c++) stillBroken[c]! *= 1 - action.fix[c]!;
    reach -= fixedNow;
  }
  return { actionMinutes, unresolved: Math.max(0, reach) };
}

/** Expected cost of repair: the planned actions' minutes plus, if they fail, escalating. */
export function expectedCost(posterior: Distribution, actions: readonly ModelAction[], escalationMinutes: number): number {
  const plan = planRepair(posterior, actions, escalationMinutes);
  return plan.actionMinutes + plan.unresolved * escalationMinutes;
}

/**
 * Value of asking a question: the expected cost of acting now minus that of asking first
 * (the question's own minutes plus, for each answer, the expected cost after it).
 */
export function valueOfInformation(
  posterior: Distribution, question: ModelQuestion, actions: readonly ModelAction[], escalationMinutes: number,
  costNow = expectedCost(posterior, actions, escalationMinutes),
): number {
  let costAfter = question.minutes;
  answerProbabilities(posterior, question).forEach((p, option) => {
    if (p <= 0) return;
    const after = updatePosterior(posterior, (c) => question.likelihood[option]![c]!);
    costAfter += p * expectedCost(after, actions, escalationMinutes);
  });
  return costNow - costAfter;
}
