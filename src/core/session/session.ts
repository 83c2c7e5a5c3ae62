import type { CoreLocale } from '../../locales/types.js';
import { answerIds, initialState, nextStep, plannedWork, type Settings, type Step, transition } from '../engine/index.js';
import type { PlanTimes } from '../model/index.js';
import { outcomeRecord, type Words, wordsFor, writeSummary } from '../outcomes/index.js';
import { deepFreeze, ownCopy } from '../shared/index.js';
import type { HistoryEntry, OutcomeRecord, Prompt, Session, SessionOptions, SessionSnapshot, SessionState, TimeLeft } from '../types.js';
import { checkLocale, settingsOf, shown } from './options.js';
import { promptFor } from './prompts.js';
import { timeLeftAfter } from './time-left.js';

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
  #plan: PlanTimes | undefined;
  #timeLeft: TimeLeft | undefined;

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

  /**
   * The same frozen value on every read: a view can tell by identity that it has not changed. Replayed
   * along the history (each earlier session's, worked out once), so a restored session shows the same.
   */
  get timeLeft(): TimeLeft {
    if (this.#timeLeft === undefined) {
      const before = this.#previous();
      const stepFailed = before !== undefined && before.#step.kind === 'action' && this.history.at(-1)?.optionId === 'not-fixed';
      this.#timeLeft = timeLeftAfter(this.#plannedWork(), before?.timeLeft, stepFailed);
    }
    return this.#timeLeft;
  }

  #plannedWork(): PlanTimes {
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
    // Its objects without a prototype (as every state is): a field a state leaves out is never read from the page's.
    const state = deepFreeze(ownCopy(transition(this.#settings, this.state, this.#step, optionId)));
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

/**
 * `createSession` for a knowledge base already checked (see `create-session.ts`, which checks it): the
 * widget's controller starts sessions through here, so it loads the validator only when it needs it.
 */
export function createCheckedSession(options: SessionOptions): Session {
  const { settings, locale } = settingsOf(options);
  return new TroubleshootingSession(
    settings,
    locale,
    deepFreeze(ownCopy(initialState(settings, options.device))),
    Object.freeze([]),
    () => undefined,
  );
}
