import type { CoreLocale } from '../../locales/types.js';
import { isChecked, KnowledgeBaseError, type KnowledgeBaseProblem, loadValidator, markChecked } from '../knowledge-base/index.js';
import { type Clock, localDate, ownCopy, ownFields, toClock } from '../shared/index.js';
import type { KnowledgeBase, Session, SessionOptions, SessionSnapshot } from '../types.js';
import { restoreCheckedSession } from './restore.js';
import { createCheckedSession } from './session.js';

/** What a session keeps across page loads: the snapshot, and the running wait timer if any. */
export interface SavedProgress {
  snapshot: SessionSnapshot;
  timer?: Timer;
  /** When it was saved (ms since the epoch, by the controller's clock): what `keepDays` counts from. */
  savedAt?: number;
  /** When the shopper started this session (ms since the epoch): what a welcome back says. */
  startedAt?: number;
}

/** An action's wait timer: which prompt, and when the shopper started it (ms since the epoch). */
export interface Timer {
  promptId: string;
  startedAt: number;
}

/** Where a controller keeps progress between page loads (the widget: localStorage, one key per device). */
export interface ProgressStore {
  /** The saved progress, or undefined; never throws. */
  load(): unknown;
  save(progress: SavedProgress): void;
  clear(): void;
  /** Saved progress could not be used: forget it, and say why. */
  discard(why: string): void;
}

export interface ControllerOptions extends Omit<SessionOptions, 'knowledgeBase' | 'locale'> {
  /** The knowledge base, or a promise of one still loading (a fetched `src`): validated either way. */
  knowledgeBase: KnowledgeBase | Promise<unknown>;
  /** The language, or a promise of it while it loads. Default English. */
  locale?: CoreLocale | Promise<CoreLocale>;
  /** Resume from here and save every step; nothing is kept without it. */
  store?: ProgressStore;
  /**
   * The clock: the real one unless a test or a replay passes its own. It times the waits and, unless
   * `today` is given, says which day the product's age is counted to (its local date).
   */
  clock?: Clock;
  /** Shorthand for a `clock` that only tells the time (its timers are the real ones); `clock` wins. */
  now?: () => number;
  /** Saved progress older than this many days is forgotten: a shopper back after weeks starts afresh. Default 14. */
  keepDays?: number;
  /**
   * Knowledge bases to take as checked without loading the validator: the widget passes the built-in
   * one it fetched from beside its module, which this package's tests prove. Default: none.
   */
  trusted?: (knowledgeBase: unknown) => boolean;
}

const DAY = 24 * 60 * 60 * 1000;
/** How far ahead of this clock a time from storage may be (another tab's clock, a rounding) and still be believed. */
const CLOCK_SKEW = 60 * 1000;
export const DEFAULT_KEEP_DAYS = 14;

export type ControllerState =
  | { status: 'loading' }
  | { status: 'error'; message: string; problems?: KnowledgeBaseProblem[]; error: unknown }
  | {
      status: 'ready';
      session: Session;
      timer: Timer | undefined;
      /** Set while the session just resumed from saved progress with answers in it: when it was started and last saved. */
      resumed?: { startedAt: number; savedAt: number };
    };

/** What changed: a shopper's doing (`answer`, `back`, `restart`, `timer`) or the controller's own (`start`, `language`). */
export type ControllerChange = 'start' | 'answer' | 'back' | 'restart' | 'timer' | 'language' | 'error';

export type ControllerListener = (state: ControllerState, change: ControllerChange) => void;

/**
 * The loop every view of a session needs, in one place and without a framework: load the knowledge
 * base and the language, resume or start, answer, go back, start over, run the wait timer, save.
 * Views subscribe and render; the widget, the command-line walk and the demos all use it.
 */
export interface Controller {
  readonly state: ControllerState;
  /** Settles once loading has: the state is then `ready` or `error`. */
  readonly ready: Promise<void>;
  /** The controller's clock, for rendering a timer. */
  now(): number;
  subscribe(listener: ControllerListener): () => void;
  /** Throws a RangeError naming the valid ids for an answer the current prompt does not have. */
  answer(optionId: string): void;
  back(): void;
  /** Forgets the saved progress and starts again from the first prompt. */
  restart(): void;
  /** Starts the current action's wait timer. */
  startTimer(): void;
  /** Speaks another language from now on: the same session, other words. */
  setLocale(locale: CoreLocale | Promise<CoreLocale>): Promise<void>;
}

export function createController(given: ControllerOptions): Controller {
  const options = ownFields(given);
  const clock = toClock(options.clock ?? options.now);
  const now = () => clock.now();
  const listeners = new Set<ControllerListener>();
  let state: ControllerState = ownFields({ status: 'loading' });
  let knowledgeBase: KnowledgeBase | undefined;
  let locale: CoreLocale | undefined;
  let generation = 0; // a language requested later wins over one still loading
  let startedAt = now();

  const set = (next: ControllerState, change: ControllerChange) => {
    next = ownFields(next); // read by views: a field it leaves out (`resumed`) is never the page's
    state = next;
    if (next.status === 'ready' && options.store && next.resumed === undefined) {
      if (change === 'restart' || (change === 'start' && next.session.history.length === 0)) startedAt = now();
      options.store.save({ snapshot: next.session.snapshot(), ...(next.timer ? { timer: next.timer } : {}), savedAt: now(), startedAt });
    }
    for (const listener of listeners) listener(state, change);
  };
  const fail = (error: unknown) =>
    set(
      {
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof KnowledgeBaseError ? { problems: error.problems } : {}),
        error,
      },
      'error',
    );
  const sessionOptions = (): SessionOptions => {
    const { knowledgeBase: _kb, locale: _locale, store: _store, clock: _clock, now: _now, keepDays: _keepDays, ...rest } = options;
    // One clock for the timers and the product's age: the day is the clock's, asked afresh at each start.
    return { ...rest, today: options.today ?? localDate(now()), knowledgeBase: knowledgeBase!, ...(locale ? { locale } : {}) };
  };
  const fresh = (): ControllerState => ({ status: 'ready', session: createCheckedSession(sessionOptions()), timer: undefined });
  const resumed = (): ControllerState | undefined => {
    const saved = ownCopy(options.store?.load()) as Partial<SavedProgress> | undefined;
    if (saved === undefined) return undefined;
    const snapshot = saved?.snapshot;
    const keepDays = options.keepDays ?? DEFAULT_KEEP_DAYS;
    const savedAt = typeof saved?.savedAt === 'number' && Number.isFinite(saved.savedAt) ? saved.savedAt : undefined;
    if (savedAt === undefined) {
      options.store!.discard('it has no date');
      return undefined;
    }
    if (savedAt > now() + CLOCK_SKEW) {
      options.store!.discard('it was saved in the future');
      return undefined;
    }
    if (now() - savedAt > keepDays * DAY) {
      options.store!.clear(); // kept long enough: nothing is wrong with it, so no warning
      return undefined;
    }
    if (options.device !== undefined && snapshot?.device !== options.device) {
      options.store!.discard(`it is for another device (${typeof snapshot?.device === 'string' ? snapshot.device : 'none'})`);
      return undefined;
    }
    const settings = ['purchaseDate', 'returnDays', 'region', 'legalGuaranteeMonths'] as const;
    if (settings.some((key) => snapshot?.[key] !== options[key])) {
      options.store!.clear(); // the page now says something else about the purchase: start afresh
      return undefined;
    }
    try {
      // The shop's settings and the day are the page's of today, not the saved ones (restoreSession
      // takes only the knowledge base, the language, the shop and today from these): a saved
      // purchase that was inside the return window then may not be now.
      const session = restoreCheckedSession(snapshot, sessionOptions());
      // Times from storage are believed only within what can be: not in the future, not before keepDays.
      const plausible = (time: unknown): time is number =>
        typeof time === 'number' && Number.isFinite(time) && time <= now() + CLOCK_SKEW && now() - time <= keepDays * DAY;
      const timer = saved.timer;
      const running = timer?.promptId === session.current.id && plausible(timer.startedAt) ? timer : undefined;
      startedAt = plausible(saved.startedAt) && saved.startedAt <= savedAt ? saved.startedAt : savedAt;
      return { status: 'ready', session, timer: running, ...(session.history.length > 0 ? { resumed: { startedAt, savedAt } } : {}) };
    } catch (error) {
      options.store!.discard((error as Error).message);
      return undefined;
    }
  };
  const session = (): Session => {
    if (state.status !== 'ready') throw new Error(`The session is not ready (${state.status})`);
    return state.session;
  };

  const ready = (async () => {
    try {
      const [loaded, language] = await Promise.all([options.knowledgeBase, options.locale]);
      // Anything but an object ("null" from a broken endpoint) is a knowledge base with a problem at $.
      // Checked once per object; the validator is downloaded only for a knowledge base from outside.
      if (options.trusted?.(loaded)) markChecked(loaded);
      else if (!isChecked(loaded)) (await loadValidator())(loaded);
      knowledgeBase = loaded as KnowledgeBase;
      if (generation === 0) locale = language; // unless setLocale() asked for another meanwhile
      set(resumed() ?? fresh(), 'start');
    } catch (error) {
      fail(error);
    }
  })();

  return {
    get state() {
      return state;
    },
    ready,
    now,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer(optionId) {
      set({ status: 'ready', session: session().answer(optionId), timer: undefined }, 'answer');
    },
    back() {
      set({ status: 'ready', session: session().back(), timer: undefined }, 'back');
    },
    restart() {
      options.store?.clear();
      if (knowledgeBase === undefined) return;
      try {
        set(fresh(), 'restart');
      } catch (error) {
        fail(error);
      }
    },
    startTimer() {
      const current = session();
      set({ status: 'ready', session: current, timer: { promptId: current.current.id, startedAt: now() } }, 'timer');
    },
    async setLocale(next) {
      const mine = ++generation;
      const value = await next;
      if (mine !== generation) return;
      locale = value;
      if (state.status === 'ready') set({ ...state, session: state.session.withLocale(value) }, 'language');
    },
  };
}
