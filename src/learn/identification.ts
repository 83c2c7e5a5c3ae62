import { quantile } from './bootstrap.js';
import type { Estimate } from './em.js';
import type { ParameterName, ParameterTable } from './parameters.js';

/** What the records say about one number: its 90 % interval, and whether they pin it down (and if not, why). */
export interface Identified {
  interval: [number, number];
  /** Why the records do not identify it, when they do not. */
  held?: string;
}

/** 90 %: the 5th and 95th percentiles; 1.645 standard deviations of a normal. */
const TAILS = 0.05;
const Z90 = 1.645;
/** Bootstrap estimates this correlated (or more, negatively) trade: more of one is less of the other. */
const TRADED = -0.7;
/**
 * An interval at most half as wide as the authors' range: chosen on worlds off by ±50 % at 10,000
 * sessions, where intervals of numbers identified this way covered the truth most often (NOTES).
 */
const NARROWER = 0.5;

export const SAFETY_ANSWER = 'held at the authored value: a safety answer';
export const HELD_BY_PRIOR = 'held by the prior';

/** P(…) as the report writes it. */
export function nameOf(name: ParameterName): string {
  return name.kind === 'prior'
    ? `P(${name.cause}) for ${name.device}`
    : name.kind === 'fix'
      ? `P(${name.action} fixes it | ${name.cause})`
      : `P(${name.question} = ${name.option} | ${name.cause})`;
}

/**
 * Per number: the interval of the bootstrap estimates, and whether the records identify it. They do
 * not when fewer sessions than the authors are worth (`strength`) lie behind it, or when its interval
 * is not under half the authors' range: then the authors' number, not the sessions, places it ("held
 * by the prior"); when its bootstrap estimates move against another number's, the two trade ("traded
 * with P(…)"). Answers that end the session are held by construction. Without replicates the interval
 * is the Beta posterior's.
 */
export function identification(
  table: ParameterTable,
  fit: Estimate,
  replicates: readonly Float64Array[],
  strength: number,
  spread: number,
): Identified[] {
  const { theta, sessions } = fit;
  const members = new Int32Array(table.groups);
  table.group.forEach((g, i) => table.fixed[i] === 0 && members[g]!++);
  return table.names.map((_, i): Identified => {
    const authored = table.authored[i]!;
    // The one learned answer left beside answers that end the session is fixed by them too.
    if (table.fixed[i] === 1 || (members[table.group[i]!]! === 1 && table.names[i]!.kind !== 'fix'))
      return { interval: [authored, authored], held: SAFETY_ANSWER };
    const p = theta[i]!;
    const interval =
      replicates.length >= 2
        ? bootstrapInterval(
            replicates.map((r) => r[i]!),
            p,
          )
        : around(p, Math.sqrt((p * (1 - p)) / (sessions[i]! + strength + 1)));
    const prior = authorsRange(authored, spread);
    // Identified: more sessions than the authors are worth, and an interval under half the authors' range.
    if (sessions[i]! >= strength && interval[1] - interval[0] <= NARROWER * (prior[1] - prior[0])) return { interval };
    const partner = tradingPartner(table, members, replicates, i);
    return { interval: prior, held: partner === undefined ? HELD_BY_PRIOR : `traded with ${nameOf(table.names[partner]!)}` };
  });
}

/** The wider of the percentile and the normal interval (and always holding the estimate): 20 replicates make thin tails. */
function bootstrapInterval(values: number[], p: number): [number, number] {
  const sorted = values.sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  const sd = Math.sqrt(sorted.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (sorted.length - 1));
  return [
    Math.max(0, Math.min(p, quantile(sorted, TAILS), p - Z90 * sd)),
    Math.min(1, Math.max(p, quantile(sorted, 1 - TAILS), p + Z90 * sd)),
  ];
}

/** Where the authors' number may lie: the interval of a number the records do not identify. */
export const authorsRange = (authored: number, spread: number): [number, number] => [
  authored * (1 - spread),
  Math.min(1, authored * (1 + spread)),
];

const around = (p: number, sd: number): [number, number] => [Math.max(0, p - Z90 * sd), Math.min(1, p + Z90 * sd)];

/** The learned number whose bootstrap estimates fall most as this one's rise, if that is a trade. */
function tradingPartner(table: ParameterTable, members: Int32Array, replicates: readonly Float64Array[], i: number): number | undefined {
  if (replicates.length < 3) return undefined;
  const column = (j: number) => replicates.map((r) => r[j]!);
  const mine = centred(column(i));
  if (mine === undefined) return undefined;
  let best: number | undefined;
  let lowest = TRADED;
  for (let j = 0; j < table.names.length; j++) {
    // Options of one question for one cause share one total: they always move against each other, no
    // trade. A device's priors do too, but there the trade is the finding (which unfixable cause).
    const sameGroup = table.group[j] === table.group[i];
    if (j === i || table.fixed[j] === 1 || (sameGroup && (table.names[i]!.kind === 'likelihood' || members[table.group[i]!]! <= 2)))
      continue;
    const theirs = centred(column(j));
    if (theirs === undefined) continue;
    let r = 0;
    for (let b = 0; b < mine.length; b++) r += mine[b]! * theirs[b]!;
    if (r < lowest) {
      lowest = r;
      best = j;
    }
  }
  return best;
}

/** Values minus their mean, scaled to length 1 (undefined when they do not vary): dot products are correlations. */
function centred(values: number[]): number[] | undefined {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const d = values.map((v) => v - mean);
  const norm = Math.sqrt(d.reduce((s, v) => s + v * v, 0));
  return norm > 0 ? d.map((v) => v / norm) : undefined;
}
