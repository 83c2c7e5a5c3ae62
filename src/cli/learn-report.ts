import { nameOf, SAFETY_ANSWER } from '../learn/identification.js';
import { type Change, EXPECTED_SLACK, type LearnReport } from '../learn/index.js';

// The report `learn` prints: what it read, what it set aside and why, what changed by how much.

export const count = (n: number) => Math.round(n).toLocaleString('en');
const probability = (p: number) => p.toFixed(4).replace(/0{1,2}$/, '');

/** A change in words: which probability, from what to what, its 90 % interval, on how many sessions. */
export function describeChange(change: Change): string {
  const [low, high] = change.interval.map(probability);
  return `${nameOf(change)}: ${probability(change.before)} → ${probability(change.after)}, 90 % interval ${low}–${high} (${count(change.sessions)} sessions)`;
}

/** A number the records do not identify, and why: listed apart, never as a finding. */
export function describeHeld(change: Change): string {
  return `${nameOf(change)}: ${probability(change.before)} → ${probability(change.after)} (${change.held}; ${count(change.sessions)} sessions)`;
}

export function formatLearnReport(
  report: LearnReport,
  { top, version, written }: { top: number; version: string; written: string | undefined },
): string {
  const { read, sessions, capped } = report;
  const held = report.heldOutLogLikelihood;
  const moved = report.changes.filter((c) => c.identified && c.after !== c.before);
  const unidentified = report.changes.filter((c) => !c.identified);
  const safety = unidentified.filter((c) => c.held === SAFETY_ANSWER);
  const notPinned = unidentified.filter((c) => c.held !== SAFETY_ANSWER);
  const lines = (n: number) => `${count(n)} line${n === 1 ? '' : 's'}`;
  return [
    `Learned from ${count(sessions.used)} sessions (${count(read.lines)} lines, ${count(report.paths)} distinct paths), strength ${report.strength}: ${report.iterations} iterations, ${report.converged ? 'converged' : 'stopped before converging'} (last change ${report.finalChange.toExponential(1)}); intervals from ${report.replicates} bootstrap replicates.`,
    // Loud: a row's count is believed, so a few lines can outweigh every record.
    ...(read.rows > 0
      ? [
          `NOTE: ${lines(read.rows)} of rows stand${read.rows === 1 ? 's' : ''} for ${count(read.rowSessions)} of the ${count(read.sessions)} sessions: their counts and verdicts are trusted as the shop's own, not checked. Lines and sessions differ.`,
        ]
      : []),
    ...(read.duplicates > 0 ? [`Duplicates: ${lines(read.duplicates)} with the id of a record read before, counted once.`] : []),
    ...(read.superseded > 0
      ? [
          `Came back: ${count(read.superseded)} abandoned session${read.superseded === 1 ? '' : 's'} replaced by a later record of the same session.`,
        ]
      : []),
    ...(capped.sessions > 0
      ? [
          `Capped by --max-share ${capped.maxShare}: ${count(capped.sessions)} sessions' weight taken off ${count(capped.routes)} path${capped.routes === 1 ? '' : 's'} (none may weigh more than ${capped.maxShare * 100} % of the other sessions beyond ${EXPECTED_SLACK} × what the knowledge base expects of it).`,
        ]
      : []),
    ...(read.labels > 0 ? [`Labels: ${count(read.labels)} given, ${count(read.labelsMatched)} joined to a record.`] : []),
    // Records of older versions are learned from where their prompts and answers still exist: say how many.
    ...(Object.keys(read.versions).length > 1
      ? [
          `Knowledge-base versions: ${Object.entries(read.versions)
            .map(([v, n]) => `${v} (${count(n)} sessions)`)
            .join(', ')}.`,
        ]
      : []),
    // One line per kind of reason, however many records: forged or stale ones do not flood the report.
    ...report.skipped.map(
      (s) =>
        `Set aside: ${count(s.sessions)} sessions ${s.reason}, on ${count(s.lines)} line${s.lines === 1 ? '' : 's'}: ${s.examples.join('; ')}${s.lines > s.examples.length ? '; …' : ''}.`,
    ),
    held === undefined
      ? 'Held-out log-likelihood: too few sessions to hold any back.'
      : `Held-out log-likelihood per session (${count(sessions.heldOut)} sessions kept back, learned from the rest): ${held.before.toFixed(4)} before, ${held.after.toFixed(4)} after (${held.after >= held.before ? 'better' : 'worse'} by ${Math.abs(held.after - held.before).toFixed(4)}).`,
    `${count(moved.length)} of ${count(report.changes.length)} probabilities changed where the records identify them${moved.length > 0 ? `; the largest ${Math.min(top, moved.length)}:` : '.'}`,
    ...moved.slice(0, top).map((c) => `  ${describeChange(c)}`),
    // Not findings: the records cannot place these, so they are written as authored (or as their group leaves them).
    ...(notPinned.length > 0
      ? [
          `${count(notPinned.length)} probabilities the records cannot identify (not findings)${notPinned.length > top ? `; the ${top} that moved most` : ''}:`,
          ...notPinned.slice(0, top).map((c) => `  ${describeHeld(c)}`),
        ]
      : []),
    ...(safety.length > 0
      ? [`${count(safety.length)} answer odds held as authored: answers that end the session at once (safety, recall).`]
      : []),
    written === undefined
      ? `Dry run: nothing written (the learned version would be ${version}).`
      : `Wrote ${written} (version ${version}).`,
  ].join('\n');
}
