import { coreEnglish } from '../../locales/en-core.js';
import type { CoreLocale } from '../../locales/types.js';
import { answerIds, initialState, nextStep, plannedWork, type Settings, type Step, transition } from '../engine/index.js';
import { modelOf } from '../model/index.js';
import {
  knowledgeBaseSpeaks,
  newSessionId,
  outcomeRecord,
  readShop,
  SESSION_ID,
  SESSION_ID_RULE,
  type Words,
  wordsFor,
  writeSummary,
} from '../outcomes/index.js';
import { deepFreeze, describe, formatDate, isAfter, localDate, parseDate } from '../shared/index.js';
import type {
  HistoryEntry,
  KnowledgeBase,
  OutcomeRecord,
  Prompt,
  Session,
  SessionOptions,
  SessionSnapshot,
  SessionState,
} from '../types.js';
import { promptFor } from './prompts.js';

class TroubleshootingSession implements Session {
  readonly history: readonly HistoryEntry[];
  readonly state: SessionState;
  readonly locale: string;
  readonly #settings: Settings;
  readonly #language: CoreLocale;
  readonly #words: Words;
  readonly #step: Step;
  readonly #previous: () => TroubleshootingSession | undefined;
  #prompt: Prompt | undefined;
  #progress: number | undefined;
  /** The plan for what is left, which both the time left and the progress read: worked out once, when first asked. */
  #plan: { handsOn: number; waiting: number; steps: number } | undefined;
  #timeLeft: { handsOn: number; waiting: number } | undefined;

  constructor(
    settings: Settings,
    language: CoreLocale,
    state: SessionState,
    history: readonly HistoryEntry[],
    previous: () => TroubleshootingSession | undefined,
    words = wordsFor(settings.model, language),
  ) {
    this.#settings = settings;
    this.#language = language;
    this.#words = words;
    this.state = state;
    this.#step = nextStep(settings, state);
    this.#previous = previous;
    this.history = history;
    this.locale = language.tag;
    Object.freeze(this);
  }

  /** Built when first read, in the session's language. */
  get current(): Prompt {
    this.#prompt ??= promptFor(this.#settings, this.#words, this.state, this.#step);
    return this.#prompt;
  }

  /** The same frozen value on every read: a view can tell by identity that it has not changed. */
  get timeLeft(): { handsOn: number; waiting: number } {
    const { handsOn, waiting } = this.#plannedWork();
    this.#timeLeft ??= Object.freeze({ handsOn, waiting });
    return this.#timeLeft;
  }

  #plannedWork(): { handsOn: number; waiting: number; steps: number } {
    this.#plan ??= plannedWork(this.#settings, this.state);
    return this.#plan;
  }

  /**
   * Screens done over screens done and still expected (a question on screen, the planned steps, the
   * result), and never below the answer before: a failed step adds steps, but the bar does not go back.
   */
  get progress(): number {
    if (this.#progress === undefined) {
      const done = this.history.length;
      const ended = this.#step.kind === 'result';
      const expected = (this.#step.kind === 'action' ? 0 : 1) + this.#plannedWork().steps + 1;
      const now = ended ? 1 : done / (done + expected);
      this.#progress = Math.max(now, this.#previous()?.progress ?? 0);
    }
    return this.#progress;
  }

  answer(optionId: string): Session {
    const valid = answerIds(this.#settings, this.#step);
    if (typeof optionId !== 'string' || !valid.includes(optionId)) {
      throw new RangeError(
        valid.length === 0
          ? `The session has ended with "${this.current.id}": there is nothing left to answer (got ${shown(optionId)})`
          : `Unknown answer ${shown(optionId)} to "${this.current.id}"; valid answers: ${valid.join(', ')}`,
      );
    }
    const state = deepFreeze(transition(this.#settings, this.state, this.#step, optionId));
    const history = Object.freeze([...this.history, Object.freeze({ promptId: this.current.id, optionId })]);
    // The same language as this one: its words are not looked up again.
    return new TroubleshootingSession(this.#settings, this.#language, state, history, () => this, this.#words);
  }

  back(): Session {
    return this.#previous() ?? this;
  }

  withLocale(locale: CoreLocale): Session {
    checkLocale(locale, this.#settings.model.knowledgeBase);
    let previous: TroubleshootingSession | undefined | null = null;
    // The earlier sessions follow into the new language only when Back reaches them.
    const earlier = () => {
      if (previous === null) previous = this.#previous()?.withLocale(locale) as TroubleshootingSession | undefined;
      return previous;
    };
    return new TroubleshootingSession(this.#settings, locale, this.state, this.history, earlier);
  }

  get id(): string {
    return this.#settings.origin.id!;
  }

  record(): OutcomeRecord {
    return outcomeRecord(this.#settings, this.state.device, this.history, this.current);
  }

  snapshot(): SessionSnapshot {
    const { device, purchaseDate, today, returnDays, region, legalGuaranteeMonths } = this.#settings.origin;
    return {
      version: 1,
      id: this.id,
      ...(device === undefined ? {} : { device }),
      ...(purchaseDate === undefined ? {} : { purchaseDate }),
      today,
      ...(returnDays === undefined ? {} : { returnDays }),
      ...(region === undefined ? {} : { region }),
      ...(legalGuaranteeMonths === undefined ? {} : { legalGuaranteeMonths }),
      ...(this.locale === 'en' ? {} : { locale: this.locale }),
      history: this.history.map(({ promptId, optionId }) => ({ promptId, optionId })),
    };
  }

  summary(): string {
    const steps = [];
    for (let session = this.#previous(), i = this.history.length - 1; session; session = session.#previous(), i--) {
      const answer = session.current.options.find((option) => option.id === this.history[i]!.optionId)!;
      steps.unshift({ promptId: session.current.id, title: session.current.title, answer: answer.label });
    }
    return writeSummary(this.#settings, this.#words, this.state, this.current, steps);
  }
}

/** A value in an error message: a string or number as written, anything else described (never a throw). */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'number' ? String(value) : describe(value);
}

/** A language value, and one the knowledge base has text in: never its English in place of a language asked for. */
function checkLocale(locale: unknown, knowledgeBase: KnowledgeBase): asserts locale is CoreLocale {
  const value = locale as Partial<CoreLocale> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof value.tag !== 'string' ||
    typeof value.core !== 'object' ||
    value.core === null
  ) {
    throw new TypeError(
      `locale must be a language value, not ${typeof locale === 'string' ? JSON.stringify(locale) : typeof locale}: pass the result of await loadLocale(${typeof locale === 'string' ? JSON.stringify(locale) : "'de'"})`,
    );
  }
  if (!knowledgeBaseSpeaks(knowledgeBase, value as CoreLocale)) {
    throw new RangeError(
      `The knowledge base has no text in "${value!.tag}" (it is written in "${knowledgeBase.language ?? 'en'}"${knowledgeBase.translations ? ` and translated into ${Object.keys(knowledgeBase.translations).join(', ')}` : ''}): a shopper must be able to read the safety check`,
    );
  }
}

/**
 * `createSession` for a knowledge base already checked (see `create-session.ts`, which checks it): the
 * widget's controller starts sessions through here, so it loads the validator only when it needs it.
 */
export function createCheckedSession(options: SessionOptions): Session {
  const { settings, locale } = settingsOf(options);
  return new TroubleshootingSession(
    settings,
    locale,
    deepFreeze(initialState(settings, options.device)),
    Object.freeze([]),
    () => undefined,
  );
}

export type RestoreOptions = Pick<SessionOptions, 'knowledgeBase' | 'locale' | 'shop' | 'today'>;

/**
 * `restoreSession` for a knowledge base already checked. Resumes a session from `snapshot()` output with the given knowledge base. The snapshot's own
 * settings (device, purchase date, return window, region) win; `options.locale` may switch the
 * language, and must be given when the snapshot speaks anything but English. The product's age is
 * counted to `options.today`, default the shopper's local date now, never to the snapshot's saved
 * `today`: a snapshot kept in the browser can be edited, and a saved date six months back would turn
 * an old product into a refund. Pass `today: snapshot.today` only for a snapshot you trust. Throws an
 * Error starting "Cannot restore session:" saying what does not fit (answers the product's age today
 * no longer leads to, among others).
 */
export function restoreCheckedSession(snapshot: unknown, options: RestoreOptions): Session {
  const saved = readSnapshot(snapshot);
  if (options?.locale === undefined && saved.locale !== undefined && saved.locale !== 'en') {
    throw new Error(`Cannot restore session: it speaks "${saved.locale}"; pass locale: await loadLocale("${saved.locale}")`);
  }
  let session: Session;
  try {
    parseDate(saved.today, 'today'); // checked, though no longer trusted
    session = createCheckedSession({
      ...savedSettings(saved),
      knowledgeBase: options?.knowledgeBase as KnowledgeBase,
      today: options?.today ?? localDate(Date.now()),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.shop ? { shop: options.shop } : {}),
    });
  } catch (error) {
    throw new Error(`Cannot restore session: ${(error as Error).message}`, { cause: error });
  }
  saved.history.forEach(({ promptId, optionId }, i) => {
    if (session.current.id !== promptId) {
      throw new Error(
        `Cannot restore session: answer ${i + 1} is for "${promptId}", but the session now asks "${session.current.id}" (has the knowledge base or the date changed?)`,
      );
    }
    if (!session.current.options.some((option) => option.id === optionId)) {
      throw new Error(`Cannot restore session: answer ${i + 1} ("${optionId}") is no longer an answer to "${promptId}"`);
    }
    session = session.answer(optionId);
  });
  return session;
}

/** A session's settings from its options, checked as `createSession` checks them (the path verifier walks from them). */
export function settingsOf(options: SessionOptions): { settings: Settings; locale: CoreLocale } {
  if (typeof options !== 'object' || options === null || options.knowledgeBase === undefined) {
    throw new TypeError(
      "createSession needs a knowledgeBase: the built-in one is import { defaultKnowledgeBase } from 'charge-troubleshooter/knowledge-base'",
    );
  }
  const { knowledgeBase } = options;
  const model = modelOf(knowledgeBase);
  const locale = options.locale ?? coreEnglish;
  checkLocale(locale, knowledgeBase);
  const today = parseDate(options.today ?? localDate(Date.now()), 'today');
  if (options.id !== undefined && (typeof options.id !== 'string' || !SESSION_ID.test(options.id))) {
    throw new RangeError(`id must be ${SESSION_ID_RULE}, not ${shown(options.id)}`);
  }
  const settings: Settings = { model, today, origin: { id: options.id ?? newSessionId(), today: formatDate(today) } };

  if (options.device !== undefined && !model.devices.has(options.device)) {
    throw new RangeError(`Unknown device ${shown(options.device)}; known devices: ${[...model.devices.keys()].join(', ')}`);
  }
  if (options.device !== undefined) settings.origin.device = options.device;

  if (options.purchaseDate !== undefined) {
    const purchaseDate = parseDate(options.purchaseDate, 'purchaseDate');
    if (isAfter(purchaseDate, today)) {
      throw new RangeError(`purchaseDate ${options.purchaseDate} is after today (${formatDate(today)})`);
    }
    settings.purchaseDate = purchaseDate;
    settings.origin.purchaseDate = options.purchaseDate;
  }

  if (options.returnDays !== undefined) {
    if (!Number.isInteger(options.returnDays) || options.returnDays < 0) {
      throw new RangeError(`returnDays must be a whole number of days, 0 or more, not ${shown(options.returnDays)}`);
    }
    settings.returnDays = options.returnDays;
    settings.origin.returnDays = options.returnDays;
  }

  const regions = knowledgeBase.legalRights ?? {};
  if (options.region !== undefined) {
    if (!Object.hasOwn(regions, options.region)) {
      const known = Object.keys(regions);
      throw new RangeError(
        `Unknown region ${shown(options.region)}; ${known.length > 0 ? `regions the knowledge base knows: ${known.join(', ')}` : 'the knowledge base names no regions'}`,
      );
    }
    settings.legal = regions[options.region]!;
    settings.origin.region = options.region;
  }
  if (options.legalGuaranteeMonths !== undefined) {
    if (!Number.isInteger(options.legalGuaranteeMonths) || options.legalGuaranteeMonths < 0) {
      throw new RangeError(`legalGuaranteeMonths must be a whole number of months, 0 or more, not ${shown(options.legalGuaranteeMonths)}`);
    }
    settings.legal = { name: settings.legal?.name ?? '', ...settings.legal, guaranteeMonths: options.legalGuaranteeMonths };
    settings.origin.legalGuaranteeMonths = options.legalGuaranteeMonths;
  }
  const shop = readShop(options.shop, model);
  if (shop !== undefined) settings.shop = shop;
  return { settings, locale };
}

function readSnapshot(snapshot: unknown): SessionSnapshot {
  const fail = (why: string): never => {
    throw new Error(`Cannot restore session: ${why}`);
  };
  if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) return fail('the snapshot is not an object');
  const s = snapshot as Record<string, unknown>;
  if (s.version !== 1) fail(`unsupported snapshot version ${shown(s.version)}`);
  if (typeof s.today !== 'string') fail('"today" is missing');
  if (s.id !== undefined && (typeof s.id !== 'string' || !SESSION_ID.test(s.id))) fail(`"id" must be ${SESSION_ID_RULE}`);
  for (const key of ['device', 'purchaseDate', 'region', 'locale'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'string') fail(`"${key}" must be a string`);
  }
  for (const key of ['returnDays', 'legalGuaranteeMonths'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'number') fail(`"${key}" must be a number`);
  }
  if (!Array.isArray(s.history)) return fail('"history" must be an array');
  s.history.forEach((entry: unknown, i) => {
    const e = entry as Record<string, unknown> | null;
    if (typeof e !== 'object' || e === null || typeof e.promptId !== 'string' || typeof e.optionId !== 'string') {
      fail(`history[${i}] must be an object with string "promptId" and "optionId"`);
    }
  });
  return s as unknown as SessionSnapshot;
}

/** The snapshot's settings, less its `today`: the day the age is counted to is the caller's, not storage's. */
function savedSettings(saved: SessionSnapshot): Omit<SessionOptions, 'knowledgeBase'> {
  const { id, device, purchaseDate, returnDays, region, legalGuaranteeMonths } = saved;
  return {
    ...(id === undefined ? {} : { id }),
    ...(device === undefined ? {} : { device }),
    ...(purchaseDate === undefined ? {} : { purchaseDate }),
    ...(returnDays === undefined ? {} : { returnDays }),
    ...(region === undefined ? {} : { region }),
    ...(legalGuaranteeMonths === undefined ? {} : { legalGuaranteeMonths }),
  };
}
