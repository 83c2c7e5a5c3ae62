/**
 * The one clock a session and every view of it count by: the session's today, the age of saved
 * progress, the wait timer, the widget's load timeout. Injected, so that a test or a replay moves time
 * by hand and nothing reads the real time behind its back.
 */
export interface Clock {
  /**
   * Wall-clock time in ms since the epoch. Wall time, not a monotonic one: what it stamps (a timer's
   * start, when progress was saved) is kept in storage and compared after a reload.
   */
  now(): number;
  /** Calls `callback` once, `ms` from now by this clock; the function returned cancels it. */
  after(ms: number, callback: () => void): () => void;
}

// The host's timers: every place the core runs has them, but it is compiled without DOM or Node types.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(timeout: unknown): void;

/** The real time and the host's timers: the default everywhere a clock is taken. */
export const realClock: Clock = {
  now: () => Date.now(),
  after(ms, callback) {
    const timeout = setTimeout(callback, ms);
    return () => clearTimeout(timeout);
  },
};

/**
 * A clock from what a caller gave: a `Clock` as it is; a bare time source (the older `now` option, a
 * `clock` property set to a function) with real timers; nothing, the real clock.
 */
export function toClock(given: Clock | (() => number) | undefined): Clock {
  if (given === undefined) return realClock;
  return typeof given === 'function' ? { now: given, after: realClock.after } : given;
}
