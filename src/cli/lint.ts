import { appliesTo, isSafetyCheck, likelihoods, model } from '../analysis/model-queries.js';
import { unsafeAdvice } from '../analysis/unsafe-advice.js';
import type { KnowledgeBase, KnowledgeBaseProblem } from '../core/index.js';

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

  // The phrase patterns are English: a knowledge base written in another language is not checked.
  const english = /^en\b/i.test(kb.language ?? 'en');
  for (const { path, text } of english ? shopperText(kb) : []) {
    // One warning per kind of advice in a text: the author rewrites the sentence, not each word.
    const concepts = new Set<string>();
    for (const advice of unsafeAdvice(text)) {
      if (concepts.has(advice.concept)) continue;
      concepts.add(advice.concept);
      warnings.push({ path, message: `unsafe advice ("${advice.phrase}": ${advice.concept}): ${advice.reason}` });
    }
  }
  return warnings;
}

/**
 * Every text a shopper reads, with its JSON path: the knowledge base's own words only. The phrase
 * patterns are English, so the same fields in `translations` are out of scope.
 */
function* shopperText(kb: KnowledgeBase): Generator<{ path: string; text: string }> {
  function* steps(steps: readonly string[] | undefined, path: string) {
    for (const [j, text] of (steps ?? []).entries()) yield { path: `${path}.steps[${j}]`, text };
  }
  function* optional(text: string | undefined, path: string) {
    if (text !== undefined) yield { path, text };
  }
  for (const [i, action] of kb.actions.entries()) {
    const at = `actions[${i}]`;
    yield { path: `${at}.title`, text: action.title };
    yield* steps(action.steps, at);
    for (const [v, variant] of (action.variants ?? []).entries()) {
      yield* optional(variant.title, `${at}.variants[${v}].title`);
      yield* steps(variant.steps, `${at}.variants[${v}]`);
    }
    yield* optional(action.whenSkipped?.note, `${at}.whenSkipped.note`);
  }
  for (const [i, question] of kb.questions.entries()) {
    const at = `questions[${i}]`;
    yield { path: `${at}.title`, text: question.title };
    yield* optional(question.body, `${at}.body`);
    for (const [v, variant] of (question.variants ?? []).entries()) {
      yield* optional(variant.title, `${at}.variants[${v}].title`);
      yield* optional(variant.body, `${at}.variants[${v}].body`);
    }
    for (const [o, option] of question.options.entries()) {
      yield { path: `${at}.options[${o}].label`, text: option.label };
      yield* optional(option.note, `${at}.options[${o}].note`);
      yield* steps(option.steps, `${at}.options[${o}]`);
    }
  }
}
