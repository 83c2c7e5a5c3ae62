/**
 * Learning from real sessions: outcome records in, a better-calibrated knowledge base out. For
 * servers and build scripts (the `charge-troubleshooter learn` command uses it), not for the page.
 */

import type { Progress } from '../analysis/progress.js';
import { modelOf, validateKnowledgeBase } from '../core/internal.js';
import type { KnowledgeBase } from '../core/types.js';
import { ALL, estimate, HELD_OUT, meanLogLikelihood, sessionsOf, TRAINING } from './em.js';
import { fitWithUncertainty } from './fit.js';
import { cappedPaths, DEFAULT_MAX_SHARE } from './max-share.js';
import { type Change, changesOf } from './report.js';
import { OutcomeTally, type Skipped } from './tally.js';
import { withParameters } from './write.js';

export {
  type DecisionOptions,
  type DecisionReport,
  type DeviceDecision,
  decisionReport,
  type EngineFigures,
  type Versus,
} from './decisions.js';
export { DEFAULT_MAX_SHARE, EXPECTED_SLACK } from './max-share.js';
export { IMPOSSIBLE } from './path-rules.js';
export { CLAIMS_A_ROW, type OutcomeLabel, type OutcomeRow, RecordError } from './read-records.js';
export type { Change } from './report.js';
export { OutcomeTally, type Skipped } from './tally.js';

export interface LearnOptions {
  /**
   * How many sessions the knowledge base's own numbers are worth (default 300): each probability is
   * (what the sessions say + strength × the authored value) / (sessions + strength).
   */
  strength?: number;
  /** Labels from the returns desk, joined to records by id (with records, not a tally: it has its own). */
  labels?: Iterable<unknown>;
  /**
   * Rows grouped in the shop's own warehouse (`count`, no `id`, verdicts allowed): trusted, unlike
   * records (with records, not a tally: it has its own `addRow`).
   */
  rows?: Iterable<unknown>;
  /**
   * The most any one device and path may weigh beyond 4 × what the authored numbers expect of it
   * (`EXPECTED_SLACK`), as a share of the other sessions (default 0.01; 1 for no cap): one path sent
   * many times by a forger counts for little. Applied to records and rows alike: rows are records grouped.
   */
  maxShare?: number;
  /** The learned knowledge base's `version` (default: the old one + `+learned.` + the sessions used). */
  version?: string;
  /**
   * Bootstrap replicates behind the intervals (default 20; 0 gives the Beta posterior's interval and
   * flags only what the weaker prior shows): each is a warm-started fit, so this is most of the time.
   */
  replicates?: number;
  /**
   * Write the numbers the records cannot identify at their authored values: the guard against drift
   * (default false: every number as fitted, flagged in the report; docs/learning.md says what it costs).
   */
  holdUnidentified?: boolean;
  /**
   * How far the authors' numbers may be off, relative (default 0.5: ±50 %): each bootstrap replicate
   * redraws them within it, so an interval holds what the sessions cannot tell as well as their noise.
   */
  authoredSpread?: number;
  /** Seeds the bootstrap (default 1): the same records and seed give the same intervals. */
  seed?: number;
  /** Told of each iteration, may throw to stop (the CLI's --max-seconds). */
  progress?: Progress;
}

export interface LearnReport {
  strength: number;
  /**
   * Lines read, the sessions they stand for (rows stand for many), duplicate records counted once,
   * abandoned sessions superseded, labels given and joined, versions of the knowledge base seen.
   */
  read: OutcomeTally['counts'];
  /** What --max-share took off: sessions' weight, from how many device + path routes, at which share. */
  capped: { maxShare: number; sessions: number; routes: number };
  /** Distinct device + path + verdict combinations: what the learning works on. */
  paths: number;
  /** Sessions learned from, and kept back to measure (one in ten). */
  sessions: { used: number; heldOut: number };
  skipped: Skipped[];
  /** EM steps taken to fit the numbers written (SQUAREM's included; the bootstrap's not). */
  iterations: number;
  converged: boolean;
  /** The largest change of a probability in the last EM step: below 1e-8 when converged. */
  finalChange: number;
  /** Bootstrap replicates behind the intervals. */
  replicates: number;
  /**
   * Mean log-likelihood per held-out session (natural log; nearer 0 is better) under the authored
   * numbers and under numbers learned from the other sessions. Undefined with nothing held out.
   */
  heldOutLogLikelihood: { before: number; after: number } | undefined;
  /** Every re-estimated probability, largest change first; those the records cannot identify say why. */
  changes: Change[];
}

/**
 * As if the authors had watched 300 sessions: a few hundred sessions of one device move its numbers at
 * most halfway (a nudge, not a swing), and what sessions cannot tell apart (a cause's share against how
 * often its steps work) stays near the authors' numbers. Chosen over 30 and 100 on five simulated worlds
 * (with those the engine ended right 0.2 and 0.1 points less often than with the authored numbers, with
 * 300 0.06 more; README, "Learning from real sessions").
 */
export const DEFAULT_STRENGTH = 300;

/**
 * With the normal interval beside the percentiles, 20 replicates covered as well as 40 (NOTES:
 * 90 % at 10,000 sessions, 86 % at 100,000) in half the time.
 */
export const DEFAULT_REPLICATES = 20;

/** The bench's worlds are off by up to ±50 %, and so, the issue found, can a shop's be. */
export const DEFAULT_AUTHORED_SPREAD = 0.5;

/**
 * Re-estimates the knowledge base's priors, P(fix | cause) and answer likelihoods from outcome
 * records (or aggregated rows), by expectation–maximisation with the knowledge base as the prior.
 * Returns the new knowledge base (validated; only probabilities differ) and a report. Throws a
 * RecordError for a line it cannot read, a RangeError when no session could be used.
 */
export function learn(
  knowledgeBase: KnowledgeBase,
  records: Iterable<unknown> | OutcomeTally,
  options: LearnOptions = {},
): {
  knowledgeBase: KnowledgeBase;
  report: LearnReport;
} {
  const strength = options.strength ?? DEFAULT_STRENGTH;
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  if (!Number.isInteger(replicates) || replicates < 0 || replicates === 1)
    throw new RangeError(`replicates must be 0 or a whole number above 1, not ${String(replicates)}`);
  const spread = options.authoredSpread ?? DEFAULT_AUTHORED_SPREAD;
  if (typeof spread !== 'number' || !(spread > 0 && spread < 1))
    throw new RangeError(`authoredSpread must be a number above 0 and below 1 (±50 % is 0.5), not ${String(spread)}`);
  if (typeof strength !== 'number' || !Number.isFinite(strength) || strength <= 0) {
    throw new RangeError(`strength must be a number above 0 (the sessions the knowledge base is worth), not ${String(strength)}`);
  }
  const maxShare = options.maxShare ?? DEFAULT_MAX_SHARE;
  if (typeof maxShare !== 'number' || !(maxShare > 0 && maxShare <= 1)) {
    throw new RangeError(`maxShare must be a number above 0 and at most 1 (a share of the sessions), not ${String(maxShare)}`);
  }
  let tally: OutcomeTally;
  if (records instanceof OutcomeTally) {
    if (records.model !== modelOf(knowledgeBase))
      throw new Error('The tally was made for another knowledge base object than the one given');
    if (options.labels !== undefined || options.rows !== undefined)
      throw new Error('Give a tally its labels and rows with addLabel and addRow, not as options: they would not be read');
    tally = records;
  } else {
    tally = new OutcomeTally(knowledgeBase);
    for (const label of options.labels ?? []) tally.addLabel(label);
    for (const row of options.rows ?? []) tally.addRow(row);
    for (const record of records) tally.add(record);
  }
  const { table } = tally;
  const capped = cappedPaths(tally.paths, maxShare);
  const { paths } = capped;
  const used = paths.reduce((sum, p) => sum + p.train + p.heldOut, 0);
  if (used === 0) {
    const why = tally.skipped.map((s) => `${s.sessions} ${s.reason}`).join('; ');
    throw new RangeError(`No session could be learned from (${tally.counts.lines} read${why ? `; set aside: ${why}` : ''})`);
  }
  const heldOut = paths.reduce((sum, p) => sum + p.heldOut, 0);
  let heldOutLogLikelihood: LearnReport['heldOutLogLikelihood'];
  if (heldOut > 0 && heldOut < used) {
    options.progress?.begin('learning from nine sessions in ten, to measure on the tenth');
    const fitted = estimate(table, paths, strength, sessionsOf(paths, TRAINING), { progress: options.progress }).theta;
    heldOutLogLikelihood = {
      before: meanLogLikelihood(table.authored, table.causeCount, paths, HELD_OUT)!,
      after: meanLogLikelihood(fitted, table.causeCount, paths, HELD_OUT)!,
    };
  }
  // The knowledge base written learns from every session; the held-out figures measure the method.
  options.progress?.begin('learning from every session, and resampling them for the intervals');
  const final = fitWithUncertainty(table, paths, strength, sessionsOf(paths, ALL), {
    replicates,
    seed: options.seed ?? 1,
    spread,
    hold: options.holdUnidentified ?? false,
    progress: options.progress,
  });
  const version = options.version ?? `${knowledgeBase.version ?? '0'}+learned.${Math.round(used)}`;
  const learned = validateKnowledgeBase(withParameters(knowledgeBase, table, final.theta, version));
  return {
    knowledgeBase: learned,
    report: {
      strength,
      read: tally.counts,
      capped: { maxShare, sessions: capped.sessions, routes: capped.routes },
      paths: paths.length,
      sessions: { used, heldOut },
      skipped: tally.skipped,
      iterations: final.iterations,
      converged: final.converged,
      finalChange: final.finalChange,
      replicates,
      heldOutLogLikelihood,
      changes: changesOf(table, final.theta, final.sessions, final.identified),
    },
  };
}
