import type { Identified } from './identification.js';
import type { ParameterName, ParameterTable } from './parameters.js';
import { rounded } from './write.js';

/** One probability `learn` re-estimated. */
export type Change = ParameterName & {
  before: number;
  after: number;
  /**
   * One standard deviation of the estimate, read off its 90 % interval (its width / 3.29): the
   * bootstrap's for a number the records identify, the prior's for one they do not.
   */
  uncertainty: number;
  /** Sessions behind the estimate (expected, for a hidden cause: fractions of sessions). */
  sessions: number;
  /** 90 % interval: bootstrap percentiles over sessions for an identified number, the prior's otherwise. */
  interval: [number, number];
  /** Whether the records pin the number down; a number they do not is no finding. */
  identified: boolean;
  /** Why it is not identified: "held by the prior", "traded with P(…)", "held at the authored value: a safety answer". */
  held?: string;
};

/** Every re-estimated probability, largest change first. */
export function changesOf(table: ParameterTable, theta: Float64Array, sessions: Float64Array, identified: readonly Identified[]): Change[] {
  return table.names
    .map((name, i): Change => {
      const { interval, held } = identified[i]!;
      return {
        ...name,
        before: rounded(table.authored[i]!),
        after: rounded(theta[i]!),
        uncertainty: rounded((interval[1] - interval[0]) / (2 * 1.645)),
        sessions: Math.round(sessions[i]! * 10) / 10,
        interval: [rounded(interval[0]), rounded(interval[1])],
        identified: held === undefined,
        ...(held === undefined ? {} : { held }),
      };
    })
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before));
}
