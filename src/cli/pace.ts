import type { Progress } from '../analysis/progress.js';

/** Long work ran past its time limit while on `task`. */
export class TimeLimitError extends Error {
  constructor(
    readonly task: string,
    message: string,
  ) {
    super(message);
  }
}

export interface PaceOptions {
  /** Milliseconds from any fixed point (`performance.now`; tests pass their own clock). */
  now: () => number;
  /** Stop with a TimeLimitError after this many seconds (0: never). */
  maxSeconds: number;
  /** Where progress lines go (stderr: stdout carries the command's output). */
  report: (line: string) => void;
  /** Quiet for this long: most runs end before anyone wonders. */
  quietSeconds?: number;
  /** Then a line this often. */
  everySeconds?: number;
}

/** Progress that reports on long work and stops it at the time limit. */
export function pace({ now, maxSeconds, report, quietSeconds = 2, everySeconds = 5 }: PaceOptions): Progress {
  const started = now();
  let task = 'starting';
  let steps = 0;
  let nextReport = quietSeconds * 1000;
  return {
    begin(next) {
      task = next;
    },
    step() {
      steps++;
      const elapsed = now() - started;
      if (maxSeconds > 0 && elapsed > maxSeconds * 1000)
        throw new TimeLimitError(
          task,
          `stopped at the time limit of ${maxSeconds} s, working on ${task} (${steps.toLocaleString('en')} steps done)`,
        );
      if (elapsed >= nextReport) {
        report(`… ${Math.floor(elapsed / 1000)} s, ${steps.toLocaleString('en')} steps: ${task}`);
        nextReport = elapsed + everySeconds * 1000;
      }
    },
  };
}
