import type { Progress } from '../analysis/progress.js';
import { bootstrapReplicates } from './bootstrap.js';
import { estimate } from './em.js';
import type { TalliedPath } from './evidence.js';
import { authorsRange, HELD_BY_PRIOR, type Identified, identification } from './identification.js';
import { holding, type ParameterTable } from './parameters.js';

export interface FitOptions {
  /** Bootstrap replicates for the intervals (0: the Beta posterior's, no bootstrap). */
  replicates: number;
  seed: number;
  /** How far (relative) the authors' numbers may be off: the bootstrap redraws them within it. */
  spread: number;
  /** Write the numbers the records cannot identify at their authored values. */
  hold: boolean;
  progress?: Progress | undefined;
}

export interface Fit {
  theta: Float64Array;
  sessions: Float64Array;
  iterations: number;
  converged: boolean;
  finalChange: number;
  identified: Identified[];
}

/**
 * The estimate with its uncertainty: fit every number; resample the sessions and the authors' numbers
 * (bootstrap) for the intervals, for which numbers the records identify and which trade with which;
 * then write what the records cannot identify at its authored value, the other numbers of its group
 * scaled to share what is left. That is the guard against drift: left free, a number no session pins
 * down absorbs whatever misfit is nearby (the firmware shift "explained" as a software glitch on
 * every device). The identified numbers keep the fit with every number free: refitting them with the
 * others held at authored values that may be wrong passed that error on to them (their intervals
 * covered the truth 74 % of the time instead of 85 %, NOTES).
 */
export function fitWithUncertainty(
  table: ParameterTable,
  paths: readonly TalliedPath[],
  strength: number,
  counts: Float64Array,
  options: FitOptions,
): Fit {
  const fit = estimate(table, paths, strength, counts, { progress: options.progress });
  const replicates = bootstrapReplicates(table, paths, strength, counts, fit.theta, options);
  const identified = identification(table, fit, replicates, strength, options.spread);
  const unidentified = identified.flatMap((id, i) => (id.held === undefined || table.fixed[i] === 1 ? [] : [i]));
  const left = alone(table, unidentified);
  for (const i of left) identified[i] = { interval: authorsRange(table.authored[i]!, options.spread), held: HELD_BY_PRIOR };
  if (!options.hold) return { ...fit, identified };
  const held = holding(table, [...unidentified, ...left]);
  return { ...fit, theta: atAuthored(held, fit.theta), identified };
}

/** Held numbers at their authored values, the free ones of each group scaled to share what is left. */
export function atAuthored(table: ParameterTable, theta: Float64Array): Float64Array {
  const out = theta.slice();
  const free = new Float64Array(table.groups);
  table.group.forEach((g, i) => {
    if (table.fixed[i] === 1) out[i] = table.authored[i]!;
    else free[g]! += theta[i]!;
  });
  table.group.forEach((g, i) => {
    if (table.fixed[i] === 0 && table.names[i]!.kind !== 'fix' && free[g]! > 0) out[i] = (theta[i]! * table.scale[g]!) / free[g]!;
  });
  return out;
}

/**
 * Learned numbers left alone in their group once these are held: the group's sum fixes them, so
 * they are held too (a question's "no" for a cause when its "yes" is held).
 */
function alone(table: ParameterTable, held: readonly number[]): number[] {
  const heldSet = new Set(held);
  const free = new Map<number, number[]>();
  table.group.forEach((g, i) => {
    if (table.fixed[i] === 1 || heldSet.has(i) || table.names[i]!.kind === 'fix') return;
    free.set(g, [...(free.get(g) ?? []), i]);
  });
  const touched = new Set(held.map((i) => table.group[i]!));
  return [...free].flatMap(([g, members]) => (touched.has(g) && members.length === 1 ? members : []));
}
