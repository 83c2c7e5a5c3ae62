import type { CoreLocale } from '../../locales/types.js';
import { isChecked, KnowledgeBaseError, type KnowledgeBaseProblem, loadValidator, markChecked } from '../knowledge-base/index.js';
import { type Clock, localDate, ownCopy, ownFields, steadyClock, toClock } from '../shared/index.js';
import type { KnowledgeBase, Session, SessionOptions } from '../types.js';
import { restoreCheckedSession } from './restore.js';
import { believableTime, type Dated, type ProgressStore, progressScope, readSavedProgress, type Timer } from './saved-progress.js';
import { createCheckedSession } from './session.js';

export type { ProgressStore, SavedProgress, Timer } from './saved-progress.js';

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

/**
 * What changed: a shopper's doing (`answer`, `back`, `restart`, `timer`), the controller's own (`start`,
 * `language`), or `sync`: the same session moved on in another view (another tab) and this one follows.
 */
export type ControllerChange = 'start' | 'answer' | 'back' | 'restart' | 'timer' | 'language' | 'error' | 'sync';

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
  /**
   * The wait timer's time: the clock's, moved on by its monotonic reading while the page lives (see
   * `steadyClock`), so a wall clock put forward does not end a wait at once. For rendering a timer.
   */
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
  /**
   * Reads the store again (call it when another tab saved, on the `storage` event): when this session
   * was saved since at a later revision, takes that up (change `sync`). Otherwise does nothing.
   */
  sync(): void;
}

/** A session that ended in "stop using it": for the shopper who saw it, never for a later one. */
function isSafetyStop(session: Session): boolean {
  return session.current.kind === 'result' && session.current.outcome === 'safety-stop';
}

export function createController(given: ControllerOptions): Controller {
  const options = ownFields(given);
  const clock = toClock(options.clock ?? options.now);
  const now = () => clock.now();
  const timerClock = steadyClock(clock);
  const keepDays = options.keepDays ?? DEFAULT_KEEP_DAYS;
  const store = options.store;
  const listeners = new Set<ControllerListener>();
  let state: ControllerState = ownFields({ status: 'loading' });
  let knowledgeBase: KnowledgeBase | undefined;
  let locale: CoreLocale | undefined;
  let generation = 0; // a language requested later wins over one still loading
  let startedAt = now();
  let scope = '';
  let revision = 0; // of the saved progress this view last saved or took up

  const notify = (change: ControllerChange) => {
    for (const listener of listeners) listener(state, change);
  };
  const set = (proposed: ControllerState, change: ControllerChange) => {
    const next = ownFields(proposed); // read by views: a field it leaves out (`resumed`) is never the page's
    if (next.status === 'ready' && store && next.resumed === undefined) {
      // Another tab saved this session further on: follow it, never overwrite it with an older state.
      const newer = newerSaved();
      if (newer !== undefined && follow(newer)) return;
      if (change === 'restart' || change === 'start') startedAt = now();
      revision++;
      store.save({
        snapshot: next.session.snapshot(),
        ...(next.timer ? { timer: next.timer } : {}),
        savedAt: now(),
        startedAt,
        scope,
        revision,
      });
    }
    state = next;
    notify(change);
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
  const reading = () => readSavedProgress(ownLoad(), { now: now(), keepDays, scope, device: options.device });
  /** The store's progress, its own fields only (a custom store may hand back anything); unreadable is null. */
  const ownLoad = (): unknown => {
    try {
      return ownCopy(store?.load());
    } catch {
      return null;
    }
  };
  /** The page now says something else about the purchase than the saved session did. */
  const otherPurchase = (saved: Dated) =>
    (['purchaseDate', 'returnDays', 'region', 'legalGuaranteeMonths'] as const).some((key) => saved.snapshot?.[key] !== options[key]);
  /**
   * Saved progress as this controller's state: its answers replayed against today's knowledge base,
   * shop and day (restoreSession takes only those from here: a saved purchase that was inside the
   * return window then may not be now), its times believed only within what can be. Throws when the
   * answers no longer fit.
   */
  const fromSaved = (saved: Dated) => {
    const session = restoreCheckedSession(saved.snapshot, sessionOptions());
    const timerStart = believableTime(saved.timer?.startedAt, now(), keepDays);
    const timer =
      saved.timer?.promptId === session.current.id && timerStart !== undefined
        ? { promptId: saved.timer.promptId, startedAt: timerStart }
        : undefined;
    const savedAt = Math.min(saved.savedAt, now());
    const started = believableTime(saved.startedAt, now(), keepDays);
    return { session, timer, savedAt, startedAt: started !== undefined && started <= savedAt ? started : savedAt };
  };
  const newerSaved = (): Dated | undefined => {
    const read = reading();
    return 'use' in read && read.use.revision > revision && !otherPurchase(read.use) ? read.use : undefined;
  };
  /** Takes up another view's newer save of this session; false when it cannot be read here. */
  const follow = (saved: Dated): boolean => {
    try {
      const { session, timer, startedAt: started } = fromSaved(saved);
      revision = saved.revision;
      startedAt = started;
      state = ownFields<ControllerState>({ status: 'ready', session, timer });
      notify('sync');
      return true;
    } catch {
      return false; // written by something else than a view of this session: ours replaces it
    }
  };
  const resumed = (): ControllerState | undefined => {
    if (store?.load() === undefined) return undefined;
    const read = reading();
    if ('drop' in read) {
      if (read.warn) store.discard(read.drop);
      else store.clear(); // kept long enough, or another version's, shop's or order's: nothing is wrong with it
      return undefined;
    }
    if (otherPurchase(read.use)) {
      store.clear(); // the page now says something else about the purchase: start afresh
      return undefined;
    }
    try {
      const saved = fromSaved(read.use);
      // A safety stop was for the shopper who saw it; a later session (the next customer at a shared
      // computer) starts afresh, where the safety question comes first.
      if (isSafetyStop(saved.session)) {
        store.clear();
        return undefined;
      }
      revision = read.use.revision;
      startedAt = saved.startedAt;
      const { session, timer } = saved;
      return { status: 'ready', session, timer, ...(session.history.length > 0 ? { resumed: { startedAt, savedAt: saved.savedAt } } : {}) };
    } catch (error) {
      store.discard((error as Error).message);
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
      scope = progressScope(knowledgeBase, options.shop);
      if (generation === 0) locale = language; // unless setLocale() asked for another meanwhile
      const saved = resumed();
      if (saved === undefined) set(fresh(), 'start');
      else {
        // Taken up as saved, not saved again: a second tab opening the same session moves nothing on.
        if (saved.status === 'ready' && saved.resumed === undefined) startedAt = now(); // nothing answered: the clock starts now
        state = saved;
        notify('start');
      }
    } catch (error) {
      fail(error);
    }
  })();

  return {
    get state() {
      return state;
    },
    ready,
    now: () => timerClock.now(),
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
      // Starting over here is newer than anything another tab saved before.
      const read = reading();
      if ('use' in read) revision = Math.max(revision, read.use.revision);
      store?.clear();
      if (knowledgeBase === undefined) return;
      try {
        set(fresh(), 'restart');
      } catch (error) {
        fail(error);
      }
    },
    startTimer() {
      const current = session();
      set({ status: 'ready', session: current, timer: { promptId: current.current.id, startedAt: timerClock.now() } }, 'timer');
    },
    async setLocale(next) {
      const mine = ++generation;
      const value = await next;
      if (mine !== generation) return;
      locale = value;
      if (state.status === 'ready') set({ ...state, session: state.session.withLocale(value) }, 'language');
    },
    sync() {
      if (state.status !== 'ready') return;
      const newer = newerSaved();
      if (newer !== undefined) follow(newer);
    },
  };
}
