import { defaultKnowledgeBase } from '../knowledge-base/default.js';
import { formatDate, isAfter, parseDate, todayUtc } from './dates.js';
import { type EngineState, initialState, nextStep, plannedMinutes, type Settings, type Step, transition } from './engine.js';
import { loadedBundle, matchLocale } from './i18n.js';
import { modelOf } from './model.js';
import { promptFor } from './prompts.js';
import { writeSummary } from './summary.js';
import type { HistoryEntry, Prompt, Session, SessionOptions, SessionSnapshot } from './types.js';

class TroubleshootingSession implements Session {
  readonly current: Prompt;
  readonly history: readonly HistoryEntry[];
  readonly locale: string;
  readonly minutesLeft: number;
  readonly #settings: Settings;
  readonly #state: EngineState;
  readonly #step: Step;
  readonly #previous: TroubleshootingSession | undefined;

  constructor(settings: Settings, state: EngineState, history: readonly HistoryEntry[], previous?: TroubleshootingSession) {
    this.#settings = settings;
    this.#state = state;
    this.#step = nextStep(settings, state);
    this.#previous = previous;
    this.current = promptFor(settings, state, this.#step);
    this.history = history;
    this.locale = settings.locale;
    this.minutesLeft = plannedMinutes(settings, state).handsOn;
    Object.freeze(this);
  }

  answer(optionId: string): Session {
    const valid = this.current.options.map((option) => option.id);
    if (!valid.includes(optionId)) {
      throw new RangeError(
        valid.length === 0
          ? `The session has ended with "${this.current.id}": there is nothing left to answer (got ${JSON.stringify(optionId)})`
          : `Unknown answer ${JSON.stringify(optionId)} to "${this.current.id}"; valid answers: ${valid.join(', ')}`,
      );
    }
    const state = transition(this.#settings, this.#state, this.#step, optionId);
    const history = Object.freeze([...this.history, Object.freeze({ promptId: this.current.id, optionId })]);
    return new TroubleshootingSession(this.#settings, state, history, this);
  }

  back(): Session {
    return this.#previous ?? this;
  }

  snapshot(): SessionSnapshot {
    const { device, purchaseDate, today, returnDays, region, legalGuaranteeMonths, locale } = this.#settings.origin;
    return {
      version: 1,
      ...(device === undefined ? {} : { device }),
      ...(purchaseDate === undefined ? {} : { purchaseDate }),
      today,
      ...(returnDays === undefined ? {} : { returnDays }),
      ...(region === undefined ? {} : { region }),
      ...(legalGuaranteeMonths === undefined ? {} : { legalGuaranteeMonths }),
      ...(locale === undefined ? {} : { locale }),
      history: this.history.map(({ promptId, optionId }) => ({ promptId, optionId })),
    };
  }

  summary(): string {
    const steps = [];
    for (let session = this.#previous, i = this.history.length - 1; session; session = session.#previous, i--) {
      const answer = session.current.options.find((option) => option.id === this.history[i]!.optionId)!;
      steps.unshift({ promptId: session.current.id, title: session.current.title, answer: answer.label });
    }
    return writeSummary(this.#settings, this.#state, this.current, steps);
  }
}

/** Starts a troubleshooting session; bad options throw a RangeError (a bad knowledge base a KnowledgeBaseError). */
export function createSession(options: SessionOptions = {}): Session {
  const settings = settingsOf(options);
  const device = options.device === undefined ? undefined : settings.model.devices.get(options.device);
  return new TroubleshootingSession(settings, initialState(settings, device), Object.freeze([]));
}

/**
 * Resumes a session from `snapshot()` output. The snapshot's own settings (device, dates, return
 * window) win; `options` supplies the knowledge base and may switch the language. Throws an Error
 * saying what does not fit.
 */
export function restoreSession(snapshot: unknown, options: SessionOptions = {}): Session {
  const saved = readSnapshot(snapshot);
  let session: Session;
  try {
    session = createSession({
      ...savedSettings(saved),
      ...(options.knowledgeBase ? { knowledgeBase: options.knowledgeBase } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    });
  } catch (error) {
    throw new Error(`Cannot restore session: ${(error as Error).message}`, { cause: error });
  }
  saved.history.forEach(({ promptId, optionId }, i) => {
    if (session.current.id !== promptId) {
      throw new Error(
        `Cannot restore session: answer ${i + 1} is for "${promptId}", but the session now asks "${session.current.id}" (has the knowledge base changed?)`,
      );
    }
    if (!session.current.options.some((option) => option.id === optionId)) {
      throw new Error(`Cannot restore session: answer ${i + 1} ("${optionId}") is no longer an answer to "${promptId}"`);
    }
    session = session.answer(optionId);
  });
  return session;
}

function settingsOf(options: SessionOptions): Settings {
  const knowledgeBase = options.knowledgeBase ?? defaultKnowledgeBase;
  const model = modelOf(knowledgeBase);
  const today = parseDate(options.today ?? todayUtc(), 'today');
  const { locale, bundle } = loadedBundle(options.locale);
  // The knowledge base's own translation first; the built-in one's comes with loadLocale().
  const translated = knowledgeBase.translations ? matchLocale(options.locale, Object.keys(knowledgeBase.translations)) : undefined;
  const translation =
    (translated && knowledgeBase.translations?.[translated]) || (knowledgeBase === defaultKnowledgeBase ? bundle.knowledgeBase : undefined);
  const settings: Settings = { model, locale, messages: bundle.messages, translation, today, origin: { today: formatDate(today) } };
  if (options.locale !== undefined) settings.origin.locale = options.locale;

  if (options.device !== undefined && !model.devices.has(options.device)) {
    throw new RangeError(`Unknown device ${JSON.stringify(options.device)}; known devices: ${[...model.devices.keys()].join(', ')}`);
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
      throw new RangeError(`returnDays must be a whole number of days, 0 or more, not ${JSON.stringify(options.returnDays)}`);
    }
    settings.returnDays = options.returnDays;
    settings.origin.returnDays = options.returnDays;
  }

  const regions = knowledgeBase.legalRights ?? {};
  if (options.region !== undefined) {
    if (!Object.hasOwn(regions, options.region)) {
      const known = Object.keys(regions);
      throw new RangeError(
        `Unknown region ${JSON.stringify(options.region)}; ${known.length > 0 ? `regions the knowledge base knows: ${known.join(', ')}` : 'the knowledge base names no regions'}`,
      );
    }
    settings.legal = regions[options.region]!;
    settings.origin.region = options.region;
  }
  if (options.legalGuaranteeMonths !== undefined) {
    if (!Number.isInteger(options.legalGuaranteeMonths) || options.legalGuaranteeMonths < 0) {
      throw new RangeError(
        `legalGuaranteeMonths must be a whole number of months, 0 or more, not ${JSON.stringify(options.legalGuaranteeMonths)}`,
      );
    }
    settings.legal = { name: settings.legal?.name ?? '', ...settings.legal, guaranteeMonths: options.legalGuaranteeMonths };
    settings.origin.legalGuaranteeMonths = options.legalGuaranteeMonths;
  }
  return settings;
}

function readSnapshot(snapshot: unknown): SessionSnapshot {
  const fail = (why: string): never => {
    throw new Error(`Cannot restore session: ${why}`);
  };
  if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) return fail('the snapshot is not an object');
  const s = snapshot as Record<string, unknown>;
  if (s.version !== 1) fail(`unsupported snapshot version ${JSON.stringify(s.version)}`);
  if (typeof s.today !== 'string') fail('"today" is missing');
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

function savedSettings(saved: SessionSnapshot): SessionOptions {
  const { device, purchaseDate, today, returnDays, region, legalGuaranteeMonths, locale } = saved;
  return {
    today,
    ...(locale === undefined ? {} : { locale }),
    ...(device === undefined ? {} : { device }),
    ...(purchaseDate === undefined ? {} : { purchaseDate }),
    ...(returnDays === undefined ? {} : { returnDays }),
    ...(region === undefined ? {} : { region }),
    ...(legalGuaranteeMonths === undefined ? {} : { legalGuaranteeMonths }),
  };
}
