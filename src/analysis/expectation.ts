import { createSession, OUTCOMES } from '../core/index.js';
import { DEFAULT_QUESTION_MINUTES } from '../core/internal.js';
import type { KnowledgeBase, Outcome, Session } from '../core/types.js';
import { likelihoods, model } from './model-queries.js';
import type { Progress } from './progress.js';

/** What one shopper (with a given cause) can expect from a point of the session on. */
export interface Expectation {
  /** The shopper's minutes: questions and actions, waiting not counted. */
  minutes: number;
  prompts: number;
  /** P(the session ends right): resolved for a user-fixable cause, escalated for one that is not. */
  correct: number;
  outcomes: Record<Outcome, number>;
}

export interface DeviceSimulation {
  device: string;
  expectation: Expectation;
  /** For the most likely causes, the steps a truthful shopper with that cause is led through. */
  paths: { cause: string; prior: number; steps: string[]; outcome: Outcome }[];
}

const none = (): Record<Outcome, number> => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;

function add(total: Expectation, weight: number, part: Expectation): void {
  total.minutes += weight * part.minutes;
  total.prompts += weight * part.prompts;
  total.correct += weight * part.correct;
  for (const outcome of OUTCOMES) total.outcomes[outcome] += weight * part.outcomes[outcome];
}

/**
 * The exact expectation over the outcome tree from `session` on, for shoppers whose fault is each of
 * `causes`: questions answered with the knowledge base's likelihoods, actions fixing with its P(fix).
 * The engine's tree does not depend on the cause, only the weights of its branches do, so each session
 * is explored once for all causes that reach it.
 */
function expectForEach(kb: KnowledgeBase, session: Session, causes: readonly string[], progress?: Progress): Expectation[] {
  progress?.step();
  const prompt = session.current;
  if (prompt.kind === 'result') {
    const resolved = prompt.outcome === 'resolved';
    return causes.map((cause) => ({
      minutes: 0,
      prompts: 0,
      correct: resolved === userFixable(kb, cause) ? 1 : 0,
      outcomes: { ...none(), [prompt.outcome]: 1 },
    }));
  }
  if (prompt.kind === 'action') {
    const fixes = kb.actions.find((a) => a.id === prompt.id)!.fixes;
    const totals = causes.map((cause): Expectation => {
      const fix = fixes[cause] ?? 0;
      const total: Expectation = { minutes: prompt.minutes, prompts: 1, correct: 0, outcomes: none() };
      add(total, fix, { minutes: 0, prompts: 0, correct: userFixable(kb, cause) ? 1 : 0, outcomes: { ...none(), resolved: 1 } });
      return total;
    });
    const unfixed = causes.map((cause) => 1 - (fixes[cause] ?? 0));
    branch(kb, session.answer('not-fixed'), causes, unfixed, totals, progress);
    return totals;
  }
  const question = kb.questions.find((q) => q.id === prompt.id);
  if (!question) throw new Error(`cannot simulate the engine's own question "${prompt.id}": give a purchase date`);
  const minutes = question.minutes ?? DEFAULT_QUESTION_MINUTES;
  const totals = causes.map((): Expectation => ({ minutes, prompts: 1, correct: 0, outcomes: none() }));
  const odds = causes.map((cause) => likelihoods(model(kb), question, cause));
  question.options.forEach((option, i) => {
    branch(
      kb,
      session.answer(option.id),
      causes,
      odds.map((o) => o[i]!),
      totals,
      progress,
    );
  });
  return totals;
}

/** Adds, for each cause with a chance of taking it, that chance times what follows `next`. */
function branch(
  kb: KnowledgeBase,
  next: Session,
  causes: readonly string[],
  chances: number[],
  totals: Expectation[],
  progress?: Progress,
): void {
  const taking = causes.flatMap((_, c) => (chances[c]! > 0 ? [c] : []));
  if (taking.length === 0) return;
  const parts = expectForEach(
    kb,
    next,
    taking.map((c) => causes[c]!),
    progress,
  );
  taking.forEach((c, k) => add(totals[c]!, chances[c]!, parts[k]!));
}

function userFixable(kb: KnowledgeBase, cause: string): boolean {
  return kb.causes.find((c) => c.id === cause)?.userFixable ?? false;
}

/**
 * A truthful shopper whose product has `cause`: answers each question with the option likeliest
 * under that cause, and each action with whether it fixes that cause (P(fix) of at least one half).
 */
export function truthfulAnswer(kb: KnowledgeBase, cause: string, session: Session): string {
  const prompt = session.current;
  if (prompt.kind === 'action') return (kb.actions.find((a) => a.id === prompt.id)!.fixes[cause] ?? 0) >= 0.5 ? 'fixed' : 'not-fixed';
  const question = kb.questions.find((q) => q.id === prompt.id);
  if (!question) throw new Error(`a truthful shopper cannot answer the engine's own question "${prompt.id}": give a purchase date`);
  const odds = likelihoods(model(kb), question, cause);
  return prompt.options[odds.indexOf(Math.max(...odds))]!.id;
}

/** The steps a truthful shopper with `cause` is led through, and where they end. */
function truthfulPath(kb: KnowledgeBase, start: Session, cause: string): { steps: string[]; outcome: Outcome } {
  const steps: string[] = [];
  let session = start;
  for (let i = 0; i < 100 && session.current.kind !== 'result'; i++) {
    const answer = truthfulAnswer(kb, cause, session);
    steps.push(`${session.current.id} → ${answer}`);
    session = session.answer(answer);
  }
  return { steps, outcome: (session.current as { outcome: Outcome }).outcome };
}

/** What `simulate` tells its progress it is working on. */
export const EXACT = 'the exact expectation';

export interface SimulateOptions {
  device?: string;
  purchaseDate: string;
  today: string;
  /** How many of the likeliest causes get their path shown. */
  paths?: number;
  progress?: Progress;
}

/** Per device: the exact expected cost, prompts and outcomes under the device's priors. */
export function simulate(kb: KnowledgeBase, options: SimulateOptions): DeviceSimulation[] {
  const devices = options.device ? kb.devices.filter((d) => d.id === options.device) : kb.devices;
  return devices.map((device) => {
    const start = createSession({ knowledgeBase: kb, device: device.id, purchaseDate: options.purchaseDate, today: options.today });
    const expectation: Expectation = { minutes: 0, prompts: 0, correct: 0, outcomes: none() };
    const causes = kb.causes.filter((c) => (device.priors[c.id] ?? 0) > 0).sort((a, b) => device.priors[b.id]! - device.priors[a.id]!);
    options.progress?.begin(`${EXACT} for ${device.id}`);
    expectForEach(
      kb,
      start,
      causes.map((c) => c.id),
      options.progress,
    ).forEach((part, c) => add(expectation, device.priors[causes[c]!.id]!, part));
    const paths = causes
      .slice(0, options.paths ?? 3)
      .map((cause) => ({ cause: cause.id, prior: device.priors[cause.id]!, ...truthfulPath(kb, start, cause.id) }));
    return { device: device.id, expectation, paths };
  });
}
