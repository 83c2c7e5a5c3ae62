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
  /**
   * Optional: ms from any fixed point, never jumping when the wall clock is set (`performance.now()`).
   * With it, a wait timer counts steadily while the page lives (see `steadyClock`).
   */
  monotonic?(): number | undefined;
}

// The host's timers: every place the core runs has them, but it is compiled without DOM or Node types.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(timeout: unknown): void;
declare const performance: { now(): number } | undefined;

/** The real time and the host's timers: the default everywhere a clock is taken. */
export const realClock: Clock = {
  now: () => Date.now(),
  after(ms, callback) {
    const timeout = setTimeout(callback, ms);
    return () => clearTimeout(timeout);
  },
  monotonic: () => (typeof performance === 'undefined' ? undefined : performance.now()),
};

/**
 * A clock from what a caller gave: a `Clock` as it is; a bare time source (the older `now` option, a
 * `clock` property set to a function) with real timers; nothing, the real clock.
 */
export function toClock(given: Clock | (() => number) | undefined): Clock {
  if (given === undefined) return realClock;
  return typeof given === 'function' ? { now: given, after: realClock.after } : given;
}

/**
 * A clock for wait timers: the wall clock read once, then moved on by the monotonic reading, so a wall
 * clock set forward by hours (or back) neither ends a 4-hour wait at once nor stretches it. Across page
 * loads only the wall clock is left (what is saved is wall time). Where the monotonic reading stops
 * (some systems pause it while asleep) a wait is counted longer, never shorter: the safe side for
 * drying a device. Without a monotonic reading (a bare time source, a test's clock), the wall clock.
 */
export function steadyClock(clock: Clock): Clock {
  let anchor: { wall: number; steady: number } | undefined;
  return {
    now() {
      const steady = clock.monotonic?.();
      if (steady === undefined || !Number.isFinite(steady)) return clock.now();
      // A reading that went back is another clock swapped in: count from it afresh.
      if (anchor === undefined || steady < anchor.steady) anchor = { wall: clock.now(), steady };
      return anchor.wall + (steady - anchor.steady);
    },
    after: (ms, callback) => clock.after(ms, callback),
  };
}
