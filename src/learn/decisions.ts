import { compareWithFixedOrder } from '../analysis/compare.js';
import type { Metrics } from '../analysis/metrics.js';
import { likelihoods, model } from '../analysis/model-queries.js';
import { createSession } from '../core/index.js';
import { localDate } from '../core/internal.js';
import type { KnowledgeBase } from '../core/types.js';

/** What the engine achieves with one knowledge base in one world. */
export interface EngineFigures {
  /** Share of sessions that end right: fixed when the fault is fixable, handed over when it is not. */
  right: number;
  /** Share of sessions with a fault the shopper could have fixed that were handed over. */
  fixableEscalated: number;
  handsOn: number;
  waiting: number;
}

/** The authored and the learned engine, side by side. */
export interface Versus {
  authored: EngineFigures;
  learned: EngineFigures;
}

/** One device: what the engine will do differently with the learned numbers. */
export interface DeviceDecision {
  device: string;
  /** The first steps offered to the device's most common shopper (each question's likeliest answer, no step helping). */
  firstSteps: { authored: string[]; learned: string[] };
  /** Judged where the learned numbers are the truth: what learning should win. */
  inLearnedWorld: Versus;
  /** Judged where the authored numbers are the truth: what learning risks if the records misled it. */
  inAuthoredWorld: Versus;
}

export interface DecisionReport {
  /** The products' ages the engine is judged at, in months. */
  agesInMonths: number[];
  /** Simulated shoppers per device × cause and age. */
  runs: number;
  devices: DeviceDecision[];
  overall: { inLearnedWorld: Versus; inAuthoredWorld: Versus };
  /** Ship the learned knowledge base? */
  go: boolean;
  /** Why, one line each: every rule it was judged by, met or not. */
  reasons: string[];
}

export interface DecisionOptions {
  /** The day the shoppers are simulated on (default: today, in this machine's calendar). */
  today?: string;
  runs?: number;
  /** The held-out check `learn` made: the records must agree before any simulation counts. */
  heldOutLogLikelihood?: { before: number; after: number };
}

/** Inside the return window, under warranty, past it. */
const AGES_IN_MONTHS = [0, 8, 30];
/** What the learned engine may lose, in right share, if the authored numbers were the truth after all. */
const WORST_LOSS = 0.005;
const FIRST_STEPS = 3;

const figures = ({ right, fixableEscalated, handsOn, waiting }: Metrics): EngineFigures => ({ right, fixableEscalated, handsOn, waiting });

function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  // The 28th at the latest: every month has it, so no date rolls over into the next month.
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const meanFigures = (all: EngineFigures[]): EngineFigures => ({
  right: mean(all.map((f) => f.right)),
  fixableEscalated: mean(all.map((f) => f.fixableEscalated)),
  handsOn: mean(all.map((f) => f.handsOn)),
  waiting: mean(all.map((f) => f.waiting)),
});

/** The steps the engine offers first to the device's most common shopper in `world`: likeliest answers, no step helping. */
function firstSteps(kb: KnowledgeBase, world: KnowledgeBase, device: string, today: string, purchaseDate: string): string[] {
  const worldModel = model(world);
  const priors = world.devices.find((d) => d.id === device)!.priors;
  let session = createSession({ knowledgeBase: kb, device, today, purchaseDate });
  const steps: string[] = [];
  for (let guard = 0; guard < 50 && steps.length < FIRST_STEPS && session.current.kind !== 'result'; guard++) {
    const prompt = session.current;
    if (prompt.kind === 'action') {
      steps.push(prompt.id);
      session = session.answer('not-fixed');
      continue;
    }
    // The answer most shoppers of this device give, over their causes; a safety answer is "none".
    const question = world.questions.find((q) => q.id === prompt.id);
    const odds = question
      ? prompt.options.map((_, o) =>
          Object.entries(priors).reduce((sum, [cause, p]) => sum + p * likelihoods(worldModel, question, cause)[o]!, 0),
        )
      : prompt.options.map((_, o) => (o === prompt.options.length - 1 ? 1 : 0));
    session = session.answer(prompt.options[odds.indexOf(Math.max(...odds))]!.id);
  }
  return steps;
}

/**
 * What shipping the learned numbers would change, decision by decision: for each device the first
 * steps, and the right endings, fixable faults handed over and minutes of simulated shoppers, judged
 * in two worlds — the learned one (what learning should win) and the authored one (what it risks if
 * the records misled it) — at three ages. Go when the held-out sessions are predicted better, the
 * learned engine does at least as well in the learned world, and loses at most half a point if the
 * authored numbers were right after all.
 */
export function decisionReport(authored: KnowledgeBase, learned: KnowledgeBase, options: DecisionOptions = {}): DecisionReport {
  const today = options.today ?? localDate(Date.now());
  const runs = options.runs ?? 100;
  const judged = (kb: KnowledgeBase, world: KnowledgeBase) =>
    AGES_IN_MONTHS.map((months) => compareWithFixedOrder(kb, { world, runs, today, purchaseDate: monthsBefore(today, months), seed: 1 }));
  const byDevice = (comparisons: ReturnType<typeof judged>, d: number) =>
    meanFigures(comparisons.map((c) => figures(c.devices[d]!.engine)));
  const overall = (comparisons: ReturnType<typeof judged>) => meanFigures(comparisons.map((c) => figures(c.overall.engine)));
  const judgedRuns = {
    inLearnedWorld: { authored: judged(authored, learned), learned: judged(learned, learned) },
    inAuthoredWorld: { authored: judged(authored, authored), learned: judged(learned, authored) },
  };
  const versus = (pick: (c: ReturnType<typeof judged>) => EngineFigures) => ({
    inLearnedWorld: { authored: pick(judgedRuns.inLearnedWorld.authored), learned: pick(judgedRuns.inLearnedWorld.learned) },
    inAuthoredWorld: { authored: pick(judgedRuns.inAuthoredWorld.authored), learned: pick(judgedRuns.inAuthoredWorld.learned) },
  });
  const purchaseDate = monthsBefore(today, AGES_IN_MONTHS[1]!);
  const devices = authored.devices.map(
    (device, d): DeviceDecision => ({
      device: device.id,
      firstSteps: {
        authored: firstSteps(authored, learned, device.id, today, purchaseDate),
        learned: firstSteps(learned, learned, device.id, today, purchaseDate),
      },
      ...versus((c) => byDevice(c, d)),
    }),
  );
  const total = versus(overall);
  const reasons: string[] = [];
  const held = options.heldOutLogLikelihood;
  const checks = [
    held === undefined
      ? { met: false, why: 'too few sessions to hold any back: the learned numbers are not checked on sessions they did not see' }
      : {
          met: held.after > held.before,
          why: `sessions kept back are predicted ${held.after > held.before ? 'better' : 'worse'} (log-likelihood ${held.before.toFixed(4)} → ${held.after.toFixed(4)})`,
        },
    {
      met: total.inLearnedWorld.learned.right >= total.inLearnedWorld.authored.right,
      why: `where the learned numbers are true, the learned engine ends right ${percent(total.inLearnedWorld.learned.right)} vs ${percent(total.inLearnedWorld.authored.right)}`,
    },
    {
      met: total.inAuthoredWorld.authored.right - total.inAuthoredWorld.learned.right <= WORST_LOSS,
      why: `where the authored numbers are true, it ends right ${percent(total.inAuthoredWorld.learned.right)} vs ${percent(total.inAuthoredWorld.authored.right)} (at most ${percent(WORST_LOSS)} less allowed)`,
    },
  ];
  for (const check of checks) reasons.push(`${check.met ? 'yes' : 'no'}: ${check.why}`);
  return { agesInMonths: AGES_IN_MONTHS, runs, devices, overall: total, go: checks.every((c) => c.met), reasons };
}

const percent = (p: number) => `${(p * 100).toFixed(2)} %`;
