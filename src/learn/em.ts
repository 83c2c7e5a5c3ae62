import type { Progress } from '../analysis/progress.js';
import { pathWeights, type TalliedPath } from './evidence.js';
import type { ParameterTable } from './parameters.js';

/** Which of a path's sessions to use: the training part, the held-out part, or all. */
export type Part = (path: TalliedPath) => number;
export const ALL: Part = (path) => path.train + path.heldOut;
export const TRAINING: Part = (path) => path.train;
export const HELD_OUT: Part = (path) => path.heldOut;

export interface Estimate {
  /** The learned probabilities, aligned with the table. */
  theta: Float64Array;
  /** Sessions behind each probability (expected: a hidden cause splits a session). */
  sessions: Float64Array;
  iterations: number;
  converged: boolean;
}

/** Stop when no probability moves more than this in an iteration (what is written is rounded to 1e-4). */
const TOLERANCE = 1e-6;
const MAX_ITERATIONS = 2000;

/**
 * Expectation–maximisation over the hidden cause (Dempster, Laird & Rubin 1977), started at the
 * knowledge base's numbers and pulled towards them. Which prompt came next depended only on earlier
 * answers, so the shape of a path hides nothing: the likelihood of what was answered is all there is
 * to fit. A step the shopper could not do weighs the causes (`unable`) but adds no count to the odds of
 * the question whose answer it stands for: that answer was never given.
 *
 * M-step: each probability is (expected count + strength × authored value) / (expected total +
 * strength), as if the authors had watched `strength` sessions. This is the posterior mean under a
 * Dirichlet (Beta) prior centred on the authored value: a few hundred sessions nudge the numbers, many
 * thousands outweigh the authors.
 */
export function estimate(
  table: ParameterTable,
  paths: readonly TalliedPath[],
  strength: number,
  part: Part = ALL,
  progress?: Progress,
): Estimate {
  let theta = table.authored.slice();
  const numerator = new Float64Array(theta.length);
  const denominator = new Float64Array(table.groups);
  const weights = new Float64Array(table.causeCount);
  let iterations = 0;
  let change = Number.POSITIVE_INFINITY;
  while (change >= TOLERANCE && iterations < MAX_ITERATIONS) {
    iterations++;
    progress?.step();
    numerator.fill(0);
    denominator.fill(0);
    // E-step: each path's sessions shared among its causes by their posterior.
    for (const path of paths) {
      const sessions = part(path);
      if (sessions === 0) continue;
      const total = pathWeights(theta, path, weights);
      if (total <= 0) continue;
      for (let k = 0; k < path.causes.length; k++) {
        const r = (weights[k]! / total) * sessions;
        if (r === 0) continue;
        numerator[path.prior[k]!]! += r;
        denominator[table.group[path.prior[k]!]!]! += r;
        for (const i of path.times[k]!) {
          numerator[i]! += r;
          denominator[table.group[i]!]! += r;
        }
        for (const i of path.timesNot[k]!) denominator[table.group[i]!]! += r;
      }
    }
    const next = theta.map((_, i) => (numerator[i]! + strength * table.authored[i]!) / (denominator[table.group[i]!]! + strength));
    change = 0;
    for (let i = 0; i < next.length; i++) change = Math.max(change, Math.abs(next[i]! - theta[i]!));
    theta = next;
  }
  return { theta, sessions: Float64Array.from(table.group, (g) => denominator[g]!), iterations, converged: change < TOLERANCE };
}

/** Mean log-likelihood per session (natural log) of the chosen sessions: how well the numbers predict them. */
export function meanLogLikelihood(theta: Float64Array, causeCount: number, paths: readonly TalliedPath[], part: Part): number | undefined {
  const weights = new Float64Array(causeCount);
  let total = 0;
  let sessions = 0;
  for (const path of paths) {
    const n = part(path);
    if (n === 0) continue;
    total += n * Math.log(pathWeights(theta, path, weights));
    sessions += n;
  }
  return sessions === 0 ? undefined : total / sessions;
}
