import { appliesTo, isSafetyCheck, likelihoods, model } from '../analysis/model-queries.js';
import type { KnowledgeBase, KnowledgeBaseProblem } from '../core/index.js';

/**
 * Advice that shoppers must never get from a troubleshooter: abrasives on contacts, opening the
 * product, probing or puncturing the battery. Flagged unless the sentence itself says not to.
 */
const UNSAFE_ADVICE = [
  /sand ?paper/i,
  /emery/i,
  /steel wool/i,
  /wire brush/i,
  /\bfile (?:down|the contacts)/i,
  /scrap(?:e|ing) (?:the|off)/i,
  /multi ?meter/i,
  /volt ?meter/i,
  /open (?:the|its|up the) (?:case|casing|housing|shell|device|speaker|headphones)\b(?![’']s)/i,
  /\bpr(?:y|ise|ize)\b/i,
  /\bpierc/i,
  /\bpuncture/i,
  /\bsolder/i,
  /\bmicrowave/i,
  /short[- ]circuit/i,
];
const NEGATION = /\b(?:never|not|don[’']t|do not|no|avoid|without)\b/i;

/** Authoring smells in a valid knowledge base: not errors, but what a reviewer would ask about. */
export function lintKnowledgeBase(kb: KnowledgeBase): KnowledgeBaseProblem[] {
  const warnings: KnowledgeBaseProblem[] = [];
  const engine = model(kb);

  kb.devices.forEach((device, i) => {
    if (!kb.questions.some((q) => isSafetyCheck(q) && appliesTo(q, device.id))) {
      warnings.push({
        path: `devices[${i}]`,
        message: `"${device.id}" has no safety question (one with a "safety-stop" answer) before the charging advice`,
      });
    }
  });

  kb.causes.forEach((cause, i) => {
    if (cause.userFixable && !kb.actions.some((a) => (a.fixes[cause.id] ?? 0) > 0)) {
      warnings.push({
        path: `causes[${i}]`,
        message: `no action can fix "${cause.id}", yet it is marked userFixable: mark it false or add an action`,
      });
    }
  });

  kb.actions.forEach((action, i) => {
    const helps = kb.devices.some(
      (d) => appliesTo(action, d.id) && Object.entries(action.fixes).some(([c, p]) => p > 0 && (d.priors[c] ?? 0) > 0),
    );
    if (!helps)
      warnings.push({ path: `actions[${i}]`, message: `no device reaches "${action.id}": none it applies to has a cause it fixes` });
  });

  kb.questions.forEach((question, i) => {
    if (isSafetyCheck(question)) return;
    const informative = kb.causes.some((cause) => {
      const odds = likelihoods(engine, question, cause.id);
      return odds.some((p) => Math.abs(p - odds[0]!) > 1e-9);
    });
    if (!informative) {
      warnings.push({
        path: `questions[${i}]`,
        message: `every answer to "${question.id}" is equally likely whatever the cause, so it never changes a decision`,
      });
    }
  });

  const checkText = (text: string | undefined, path: string) => {
    for (const sentence of (text ?? '').split(/(?<=[.!?;:])\s+/)) {
      const unsafe = UNSAFE_ADVICE.find((pattern) => pattern.test(sentence));
      if (unsafe && !NEGATION.test(sentence)) {
        warnings.push({
          path,
          message: `unsafe advice ("${sentence.match(unsafe)![0]}"): never ask a shopper to use abrasives, open the product or probe the battery`,
        });
      }
    }
  };
  kb.actions.forEach((action, i) => {
    checkText(action.title, `actions[${i}].title`);
    action.steps.forEach((step, j) => checkText(step, `actions[${i}].steps[${j}]`));
    action.variants?.forEach((variant, v) =>
      variant.steps?.forEach((step, j) => checkText(step, `actions[${i}].variants[${v}].steps[${j}]`)),
    );
  });
  kb.questions.forEach((question, i) => checkText(question.body, `questions[${i}].body`));
  return warnings;
}
