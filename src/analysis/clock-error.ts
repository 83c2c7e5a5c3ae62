import { createSession } from '../core/index.js';
import type { KnowledgeBase, Session } from '../core/types.js';
import { draw, seededRandom } from './random.js';
import { runEngine, SessionTree, Shopper } from './simulated-shopper.js';

// How honest the step's clock is: what it showed against what the simulated shopper then spent.

/** One prompt of a simulated walk: the clock it showed and the minutes the shopper still spent. */
export interface ClockReading {
  /** The step's number in its walk, from 0. */
  step: number;
  /** The clock on screen (`timeLeft.expected`) and the whole-plan expectation shown before it (`handsOn + waiting`). */
  shown: number;
  expectation: number;
  upTo: number;
  rose: boolean;
  /** The answer before this prompt was a failed step. */
  afterFailure: boolean;
  /** Hands-on and waiting minutes the shopper spent from this prompt to the end. */
  remaining: number;
}

export interface ClockWalkOptions {
  today: string;
  purchaseDates: readonly string[];
  /** Shoppers per device and purchase date, each with a cause drawn from the device's prior. */
  walks: number;
  seed?: number;
}

/** Every prompt of `walks` simulated shoppers per device and age, with the clock each was shown. */
export function clockWalks(kb: KnowledgeBase, options: ClockWalkOptions): ClockReading[][] {
  const walks: ClockReading[][] = [];
  const random = seededRandom(options.seed ?? 1);
  for (const device of kb.devices) {
    const causes = kb.causes.map((cause) => cause.id);
    const prior = causes.map((cause) => device.priors[cause] ?? 0);
    for (const purchaseDate of options.purchaseDates) {
      const root = new SessionTree(createSession({ knowledgeBase: kb, device: device.id, today: options.today, purchaseDate }));
      for (let run = 0; run < options.walks; run++) {
        const shopper = new Shopper(kb, device.id, causes[draw(prior, random)]!, random);
        const seen: { session: Session; spent: number }[] = [];
        const end = runEngine(kb, root, shopper, (session, { handsOn, waiting }) => seen.push({ session, spent: handsOn + waiting }));
        walks.push(seen.map(({ session, spent }, step) => reading(session, step, end.handsOn + end.waiting - spent)));
      }
    }
  }
  return walks;
}

function reading(session: Session, step: number, remaining: number): ClockReading {
  const { expected, upTo, rose, handsOn, waiting } = session.timeLeft;
  const last = session.history.at(-1);
  return {
    step,
    shown: expected,
    expectation: handsOn + waiting,
    upTo,
    rose: rose !== undefined,
    afterFailure: last?.optionId === 'not-fixed',
    remaining,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median absolute error in minutes of the clock shown now and of the expectation shown before, at the first step and over all. */
export function clockErrors(walks: readonly ClockReading[][]): {
  first: { shown: number; expectation: number };
  all: { shown: number; expectation: number };
  /** Share of prompts whose remaining time stayed within the "up to" figure. */
  withinUpTo: number;
  readings: number;
} {
  const errors = (readings: readonly ClockReading[]) => ({
    shown: median(readings.map((r) => Math.abs(r.shown - r.remaining))),
    expectation: median(readings.map((r) => Math.abs(r.expectation - r.remaining))),
  });
  const all = walks.flat();
  return {
    first: errors(walks.map((walk) => walk[0]!)),
    all: errors(all),
    withinUpTo: all.filter((r) => r.remaining <= r.upTo).length / all.length,
    readings: all.length,
  };
}
