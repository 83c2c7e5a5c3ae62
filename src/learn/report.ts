import type { ParameterName, ParameterTable } from './parameters.js';
import { rounded } from './write.js';

/** One probability `learn` re-estimated. */
export type Change = ParameterName & {
  before: number;
  after: number;
  /**
   * One standard deviation of the estimate: the Beta posterior's, with the authored value worth
   * `strength` sessions. It shrinks as the sessions behind it grow.
   */
  uncertainty: number;
  /** Sessions behind the estimate (expected, for a hidden cause: fractions of sessions). */
  sessions: number;
};

/** Every re-estimated probability, largest change first. */
export function changesOf(table: ParameterTable, theta: Float64Array, sessions: Float64Array, strength: number): Change[] {
  return table.names
    .map((name, i): Change => {
      const p = theta[i]!;
      return {
        ...name,
        before: rounded(table.authored[i]!),
        after: rounded(p),
        uncertainty: rounded(Math.sqrt((p * (1 - p)) / (sessions[i]! + strength + 1))),
        sessions: Math.round(sessions[i]! * 10) / 10,
      };
    })
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before));
}
