import type { Clock } from '../src/core/index.js';

/**
 * A clock the test moves by hand: `advance()` runs every timer that falls due, in order, each at its
 * own time, so a test covers minutes of waiting without waiting and without replacing a global.
 * `jump()` sets the wall clock alone (as a shopper or a time sync does): its monotonic reading and its
 * timers do not move.
 */
export class FakeClock implements Clock {
  #time: number;
  #steady = 0;
  readonly #timers = new Set<{ at: number; callback: () => void }>();

  constructor(start: number) {
    this.#time = start;
  }

  now = (): number => this.#time;

  monotonic = (): number => this.#steady;

  after = (ms: number, callback: () => void): (() => void) => {
    const timer = { at: this.#steady + ms, callback };
    this.#timers.add(timer);
    return () => this.#timers.delete(timer);
  };

  /** Timers set and not yet run or cancelled. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Moves time on by `ms`, running each timer that falls due on the way (including ones they set). */
  advance(ms: number): void {
    const end = this.#steady + ms;
    for (;;) {
      const due = [...this.#timers].filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.#timers.delete(due);
      const step = Math.max(0, due.at - this.#steady);
      this.#steady += step;
      this.#time += step;
      due.callback();
    }
    this.#time += end - this.#steady;
    this.#steady = end;
  }

  /** Sets the wall clock `ms` on (or back, when negative) without time passing. */
  jump(ms: number): void {
    this.#time += ms;
  }
}
