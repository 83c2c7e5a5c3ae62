import { DEFAULT_QUESTION_MINUTES } from '../core/internal.js';
import type { KnowledgeBase, Outcome, Session } from '../core/types.js';
import { appliesTo, likelihoods, model } from './model-queries.js';
import { draw, type Random } from './random.js';

// A simulated shopper, and the session such a shopper has with the engine.

/** How one session ended. */
export interface Ending {
  outcome: Outcome;
  handsOn: number;
  waiting: number;
  prompts: number;
  /** A step for this device would have fixed the fault, and none such was offered. */
  missedFix: boolean;
  /** "Get the part": the cause the part fixes. */
  partCause?: string;
}

/**
 * A shopper with `cause` in `world`, drawn once: an answer to every question (sampled from
 * P(answer | cause)) and, for every step, whether it fixes the fault (with P(fix | cause)). Both
 * strategies meet the same shopper. A step the shopper's answers make impossible (a firmware update
 * for a speaker that never turns on) is answered "I can't do this", whether the question was asked or
 * not, after as long as answering that question takes (finding out that no update is offered).
 */
export class Shopper {
  readonly #answers = new Map<string, number>();
  readonly #fixedBy = new Set<string>();
  /** Steps this shopper cannot do, with the minutes it takes to find that out. */
  readonly #cannotDo = new Map<string, number>();
  constructor(world: KnowledgeBase, device: string, cause: string, random: Random) {
    const worldModel = model(world);
    for (const question of world.questions.filter((q) => appliesTo(q, device))) {
      const chosen = draw(likelihoods(worldModel, question, cause), random);
      this.#answers.set(question.id, chosen);
      for (const action of question.options[chosen]!.excludes ?? [])
        this.#cannotDo.set(action, question.minutes ?? DEFAULT_QUESTION_MINUTES);
    }
    for (const action of world.actions)
      if (random() < (action.fixes[cause] ?? 0) && appliesTo(action, device)) this.#fixedBy.add(action.id);
  }

  /** The index of the option this shopper picks for question `id`. */
  answer(id: string): number {
    const chosen = this.#answers.get(id);
    if (chosen === undefined) throw new Error(`the simulated shopper cannot answer "${id}": give a purchase date`);
    return chosen;
  }

  /** Whether a step for this device would have fixed the fault (one this shopper can do), yet none such is among the `offered` ones. */
  missedFix(offered: readonly string[]): boolean {
    const fixers = [...this.#fixedBy].filter((id) => !this.#cannotDo.has(id));
    return fixers.length > 0 && !fixers.some((id) => offered.includes(id));
  }

  /** How the shopper answers an action: fixed, not fixed, or skip when it cannot be done. */
  tries(actionId: string): 'fixed' | 'not-fixed' | 'skip' {
    if (this.#cannotDo.has(actionId)) return 'skip';
    return this.#fixedBy.has(actionId) ? 'fixed' : 'not-fixed';
  }

  /** The hands-on minutes a step takes this shopper: finding out it cannot be done, or doing it. */
  minutesFor(actionId: string, minutes: number): number {
    return this.#cannotDo.get(actionId) ?? minutes;
  }
}

/** Sessions are pure and many shoppers walk the same path: one session per path, kept in a tree. */
export class SessionTree {
  readonly children = new Map<string, SessionTree>();
  constructor(readonly session: Session) {}

  next(answer: string): SessionTree {
    let child = this.children.get(answer);
    if (child === undefined) {
      child = new SessionTree(this.session.answer(answer));
      this.children.set(answer, child);
    }
    return child;
  }
}

/**
 * The shopper's session with the engine: how it ended, and the ended session. `visit` sees each prompt's
 * session before it is answered, with the minutes spent so far (the clock's measurement reads them).
 * `leaves`, asked before each prompt, lets the shopper give up there: the session comes back unended,
 * with `abandoned`.
 */
export function runEngine(
  kb: KnowledgeBase,
  root: SessionTree,
  shopper: Shopper,
  visit?: (session: Session, spent: { handsOn: number; waiting: number }) => void,
  leaves?: (session: Session) => boolean,
): Ending & { session: Session; abandoned?: true } {
  const ending: Ending = { outcome: 'contact-support', handsOn: 0, waiting: 0, prompts: 0, missedFix: false };
  const offered: string[] = [];
  let node = root;
  for (let guard = 0; guard < 200; guard++) {
    const prompt = node.session.current;
    if (prompt.kind === 'result')
      return {
        ...ending,
        outcome: prompt.outcome,
        missedFix: shopper.missedFix(offered),
        ...(prompt.part ? { partCause: prompt.part.cause } : {}),
        session: node.session,
      };
    if (leaves?.(node.session)) return { ...ending, session: node.session, abandoned: true };
    visit?.(node.session, ending);
    ending.prompts++;
    if (prompt.kind === 'action') {
      const answer = shopper.tries(prompt.id);
      offered.push(prompt.id);
      ending.handsOn += shopper.minutesFor(prompt.id, prompt.minutes);
      ending.waiting += answer === 'skip' ? 0 : (prompt.waitMinutes ?? 0);
      node = node.next(answer);
    } else if (prompt.id === 'return-offer') {
      // The engine's own question (a product that never worked): the shopper who came to fix it tries the likely fixes first.
      ending.handsOn += DEFAULT_QUESTION_MINUTES;
      node = node.next('try-first');
    } else {
      const question = kb.questions.find((q) => q.id === prompt.id);
      ending.handsOn += question?.minutes ?? DEFAULT_QUESTION_MINUTES;
      node = node.next(prompt.options[shopper.answer(prompt.id)]!.id);
    }
  }
  throw new Error('a simulated session did not end within 200 prompts');
}
