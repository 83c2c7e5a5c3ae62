import type { Progress } from '../analysis/progress.js';
import { pathWeights, type TalliedPath } from './evidence.js';
import type { ParameterTable } from './parameters.js';
import { squarem } from './squarem.js';

/** Which of a path's sessions to use: the training part, the held-out part, or all. */
export type Part = (path: TalliedPath) => number;
export const ALL: Part = (path) => path.train + path.heldOut;
export const TRAINING: Part = (path) => path.train;
export const HELD_OUT: Part = (path) => path.heldOut;

/** Each path's sessions in the chosen part, aligned with `paths`: what the E-step weighs them by. */
export const sessionsOf = (paths: readonly TalliedPath[], part: Part): Float64Array => Float64Array.from(paths, part);

export interface Estimate {
  /** The learned probabilities, aligned with the table. */
  theta: Float64Array;
  /** Sessions behind each probability (expected: a hidden cause splits a session). */
  sessions: Float64Array;
  /** EM steps (an E-step and an M-step each) taken, SQUAREM's extrapolated ones included. */
  iterations: number;
  converged: boolean;
  /** The largest change of a probability in the last plain EM step: how far from settled it stopped. */
  finalChange: number;
}

export interface EstimateOptions {
  /** Where to start (default: the authored numbers); a bootstrap replicate starts at the estimate. */
  start?: Float64Array;
  /** Stop when no probability moves more than this in an EM step (default 1e-8). */
  tolerance?: number;
  /** ... and the log-posterior per session changes by less than this (default 1e-10). */
  objectiveTolerance?: number;
  progress?: Progress | undefined;
}

/**
 * Stop when no probability moves more than this in a plain EM step and the log-posterior per session
 * changes by less than 1e-10: what is written is rounded to 1e-4, and at the fixed point SQUAREM
 * converges fast enough that a step this small is as small as the distance left (checked in
 * bench/learning-scale.mjs against a run to 1e-12).
 */
const TOLERANCE = 1e-8;
const OBJECTIVE_TOLERANCE = 1e-10;
/** EM steps at most (the old plain EM stopped here at 10M sessions, unsettled). */
export const MAX_ITERATIONS = 2000;

/**
 * Expectation–maximisation over the hidden cause (Dempster, Laird & Rubin 1977), started at the
 * knowledge base's numbers and pulled towards them, accelerated by SQUAREM (Varadhan & Roland 2008).
 * Which prompt came next depended only on earlier answers, so the shape of a path hides nothing: the
 * likelihood of what was answered is all there is to fit. A step the shopper could not do weighs the
 * causes (`unable`) but adds no count to the odds of the question whose answer it stands for: that
 * answer was never given.
 *
 * M-step: each probability is (expected count + strength × authored value) / (expected total +
 * strength), as if the authors had watched `strength` sessions. This is the posterior mode under a
 * Dirichlet (Beta) prior centred on the authored value: a few hundred sessions nudge the numbers, many
 * thousands outweigh the authors. A parameter held (`fixed`) keeps its authored value; the others of its
 * group share what it leaves, in the same proportions the formula gives.
 */
export function estimate(
  table: ParameterTable,
  paths: readonly TalliedPath[],
  strength: number,
  counts: Float64Array,
  options: EstimateOptions = {},
): Estimate {
  const step = emStep(table, paths, strength, counts);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const result = squarem(step, options.start ?? table.authored, {
    tolerance: options.tolerance ?? TOLERANCE,
    objectiveTolerance: (options.objectiveTolerance ?? OBJECTIVE_TOLERANCE) * Math.max(1, total),
    maxSteps: MAX_ITERATIONS,
    isValid,
    onStep: () => options.progress?.step(),
  });
  const reach = step.reach;
  step(result.theta, new Float64Array(result.theta.length)); // the sessions behind each group at the estimate
  return {
    theta: result.theta,
    sessions: Float64Array.from(table.group, (g) => reach[g]!),
    iterations: result.steps,
    converged: result.converged,
    finalChange: result.finalChange,
  };
}

/** One EM step: writes F(theta) into `next`, returns the log-posterior at theta (up to a constant). */
export type EmStep = ((theta: Float64Array, next: Float64Array) => number) & { reach: Float64Array };

function emStep(table: ParameterTable, paths: readonly TalliedPath[], strength: number, counts: Float64Array): EmStep {
  const { group, fixed, scale, authored } = table;
  const numerator = new Float64Array(authored.length);
  const denominator = new Float64Array(table.groups);
  const reach = new Float64Array(table.groups);
  const weights = new Float64Array(table.causeCount);
  const binary = new Uint8Array(table.groups);
  table.names.forEach((name, i) => {
    if (name.kind === 'fix') binary[group[i]!] = 1;
  });
  const add = (i: number, r: number, counted: boolean) => {
    reach[group[i]!]! += r;
    if (fixed[i] === 1) return;
    if (counted) numerator[i]! += r;
    denominator[group[i]!]! += r;
  };
  const run = (theta: Float64Array, next: Float64Array): number => {
    numerator.fill(0);
    denominator.fill(0);
    reach.fill(0);
    let logLikelihood = 0;
    // E-step: each path's sessions shared among its causes by their posterior.
    for (let p = 0; p < paths.length; p++) {
      const sessions = counts[p]!;
      if (sessions === 0) continue;
      const path = paths[p]!;
      const total = pathWeights(theta, path, weights);
      if (total <= 0) continue;
      logLikelihood += sessions * Math.log(total);
      for (let k = 0; k < path.causes.length; k++) {
        const r = (weights[k]! / total) * sessions;
        if (r === 0) continue;
        add(path.prior[k]!, r, true);
        for (const i of path.times[k]!) add(i, r, true);
        for (const i of path.timesNot[k]!) add(i, r, false);
      }
    }
    let logPrior = 0;
    for (let i = 0; i < theta.length; i++) {
      if (fixed[i] === 1) {
        next[i] = authored[i]!;
        continue;
      }
      const g = group[i]!;
      next[i] = (scale[g]! * numerator[i]! + strength * authored[i]!) / (denominator[g]! + strength);
      // 0 × log 0 is 0 here: an authored 0 or 1 adds nothing.
      const weight = (strength * authored[i]!) / scale[g]!;
      if (weight > 0) logPrior += weight * Math.log(theta[i]!);
      if (binary[g] === 1 && authored[i]! < 1) logPrior += strength * (1 - authored[i]!) * Math.log(1 - theta[i]!);
    }
    return logLikelihood + logPrior;
  };
  return Object.assign(run, { reach });
}

/**
 * Every probability in [0, 1]: an extrapolated step may leave the box (the groups' sums hold by
 * linearity); one on its edge that the data rule out gets a log-posterior of −∞ and is refused there.
 */
function isValid(theta: Float64Array): boolean {
  for (let i = 0; i < theta.length; i++) if (!(theta[i]! >= 0 && theta[i]! <= 1)) return false;
  return true;
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
