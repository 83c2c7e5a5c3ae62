/**
 * Learning from real sessions: outcome records in, a better-calibrated knowledge base out. For
 * servers and build scripts (the `charge-troubleshooter learn` command uses it), not for the page.
 */

import type { Progress } from '../analysis/progress.js';
import { modelOf, validateKnowledgeBase } from '../core/internal.js';
import type { KnowledgeBase } from '../core/types.js';
import { ALL, estimate, HELD_OUT, meanLogLikelihood, sessionsOf, TRAINING } from './em.js';
import { type Change, changesOf } from './report.js';
import { OutcomeTally, type Skipped } from './tally.js';
import { withParameters } from './write.js';

export { type OutcomeLabel, type OutcomeRow, RecordError } from './read-records.js';
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
  /** The learned knowledge base's `version` (default: the old one + `+learned.` + the sessions used). */
  version?: string;
  /** Told of each iteration, may throw to stop (the CLI's --max-seconds). */
  progress?: Progress;
}

export interface LearnReport {
  strength: number;
  /** Lines read, the sessions they stand for, labels given and joined, versions of the knowledge base seen. */
  read: OutcomeTally['counts'];
  /** Distinct device + path + verdict combinations: what the learning works on. */
  paths: number;
  /** Sessions learned from, and kept back to measure (one in ten). */
  sessions: { used: number; heldOut: number };
  skipped: Skipped[];
  iterations: number;
  converged: boolean;
  /**
   * Mean log-likelihood per held-out session (natural log; nearer 0 is better) under the authored
   * numbers and under numbers learned from the other sessions. Undefined with nothing held out.
   */
  heldOutLogLikelihood: { before: number; after: number } | undefined;
  /** Every re-estimated probability, largest change first. */
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
  if (typeof strength !== 'number' || !Number.isFinite(strength) || strength <= 0) {
    throw new RangeError(`strength must be a number above 0 (the sessions the knowledge base is worth), not ${String(strength)}`);
  }
  let tally: OutcomeTally;
  if (records instanceof OutcomeTally) {
    if (records.model !== modelOf(knowledgeBase))
      throw new Error('The tally was made for another knowledge base object than the one given');
    tally = records;
  } else {
    tally = new OutcomeTally(knowledgeBase);
    for (const label of options.labels ?? []) tally.addLabel(label);
    for (const record of records) tally.add(record);
  }
  const { table, paths } = tally;
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
  options.progress?.begin('learning from every session');
  const final = estimate(table, paths, strength, sessionsOf(paths, ALL), { progress: options.progress });
  const version = options.version ?? `${knowledgeBase.version ?? '0'}+learned.${used}`;
  const learned = validateKnowledgeBase(withParameters(knowledgeBase, table, final.theta, version));
  return {
    knowledgeBase: learned,
    report: {
      strength,
      read: tally.counts,
      paths: paths.length,
      sessions: { used, heldOut },
      skipped: tally.skipped,
      iterations: final.iterations,
      converged: final.converged,
      heldOutLogLikelihood,
      changes: changesOf(table, final.theta, final.sessions, strength),
    },
  };
}
