import type { KnowledgeBase, Session } from '../../src/core/index.js';

/** P(option | cause) for every option of a question, with left-out causes sharing what is left. */
export function likelihoodsFor(kb: KnowledgeBase, questionId: string, cause: string): number[] {
  const question = kb.questions.find((q) => q.id === questionId)!;
  const given = question.options.map((o) => o.likelihood[cause]);
  const listed = given.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  const unlisted = given.filter((p) => p === undefined).length;
  return given.map((p) => p ?? Math.max(0, 1 - listed) / unlisted);
}

/**
 * A truthful shopper whose product has `cause`: answers each question with the option most likely
 * under that cause, and each action with whether it fixes that cause (P(fix) of at least one half).
 */
export function truthfulAnswer(kb: KnowledgeBase, cause: string, session: Session): string {
  const { current } = session;
  if (current.kind === 'action') {
    const fix = kb.actions.find((a) => a.id === current.id)!.fixes[cause] ?? 0;
    return fix >= 0.5 ? 'fixed' : 'not-fixed';
  }
  if (current.id === 'age') throw new Error('a truthful shopper in these tests gives the purchase date up front');
  const likelihoods = likelihoodsFor(kb, current.id, cause);
  return current.options[likelihoods.indexOf(Math.max(...likelihoods))]!.id;
}
