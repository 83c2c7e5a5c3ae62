import { answerOdds, appliesTo, type Model, modelOf } from '../core/internal.js';
import type { Question } from '../core/types.js';

/**
 * Questions about a knowledge base that the authoring tools, the benchmark and the tests ask, all
 * answered from the engine's own model so that no rule is written twice.
 */
export { appliesTo, modelOf as model };

/** P(each option of `question` | `cause`), with the knowledge base's fill rule: what the engine believes. */
export function likelihoods(model: Model, question: Question | string, cause: string): number[] {
  const id = typeof question === 'string' ? question : question.id;
  const entry = model.questions.get(id);
  if (entry === undefined) throw new RangeError(`Unknown question "${id}"`);
  const c = model.causeIndex.get(cause);
  if (c === undefined) throw new RangeError(`Unknown cause "${cause}"`);
  return answerOdds(entry, c);
}

/** A question with a safety-stop answer: what every device needs before any charging advice. */
export function isSafetyCheck(question: Question): boolean {
  return question.options.some((option) => option.outcome === 'safety-stop');
}
