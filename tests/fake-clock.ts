import type { Clock } from '../src/core/index.js';

/**
 * A clock the test moves by hand: `advance()` runs every timer that falls due, in order, each at its
 * own time, so a test covers minutes of waiting without waiting and without replacing a global.
 */
export class FakeClock implements Clock {
  #time: number;
  readonly #timers = new Set<{ at: number; callback: () => void }>();

  constructor(start: number) {
    this.#time = start;
  }

  now = (): number => this.#time;

  after = (ms: number, callback: () => void): (() => void) => {
    const timer = { at: this.#time + ms, callback };
    this.#timers.add(timer);
    return () => this.#timers.delete(timer);
  };

  /** Timers set and not yet run or cancelled. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Moves time on by `ms`, running each timer that falls due on the way (including ones they set). */
  advance(ms: number): void {
    const end = this.#time + ms;
    for (;;) {
      const due = [...this.#timers].filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.#timers.delete(due);
      this.#time = Math.max(this.#time, due.at);
      due.callback();
    }
    this.#time = end;
  }
}
