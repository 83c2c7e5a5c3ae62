import { answerOdds, appliesTo, type Model, modelOf } from '../core/model.js';
import type { KnowledgeBase, Question } from '../core/types.js';

/**
 * Questions about a knowledge base that the authoring tools, the benchmark and the tests ask, all
 * answered from the engine's own model so that no rule is written twice.
 */
export { appliesTo, modelOf };

/** P(each option of `question` | `cause`), with the knowledge base's fill rule: what the engine believes. */
export function likelihoods(model: Model, question: Question | string, cause: string): number[] {
  const id = typeof question === 'string' ? question : question.id;
  const entry = model.questions.get(id);
  if (entry === undefined) throw new RangeError(`Unknown question "${id}"`);
  const c = model.causeIndex.get(cause);
  if (c === undefined) throw new RangeError(`Unknown cause "${cause}"`);
  return answerOdds(entry, c);
}

/** A question that can end the session at once (the engine asks these first). */
export function endsSession(question: Question): boolean {
  return question.options.some((option) => option.outcome !== undefined);
}

/** A question with a safety-stop answer: what every device needs before any charging advice. */
export function isSafetyCheck(question: Question): boolean {
  return question.options.some((option) => option.outcome === 'safety-stop');
}

/** The model of a knowledge base, validated once (`modelOf`), for callers holding the data. */
export function model(kb: KnowledgeBase): Model {
  return modelOf(kb);
}
