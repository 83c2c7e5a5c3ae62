import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  createSession,
  defaultKnowledgeBase,
  formatMessage,
  isLocaleLoaded,
  type KnowledgeBase,
  KnowledgeBaseError,
  loadLocale,
  matchLocale,
  restoreSession,
  type Session,
  type SessionOptions,
  SHIPPED_LOCALES,
} from '../../core/index.js';
import type { ChargeTroubleshooterResult } from '../charge-troubleshooter-result/charge-troubleshooter-result.component.js';
import type { ChargeTroubleshooterStep } from '../charge-troubleshooter-step/charge-troubleshooter-step.component.js';
import { CtElement } from '../shared/ct-element.js';
import type { CtAnswerDetail, CtErrorDetail, CtTimerStartDetail } from '../shared/events.js';
import { hasUiLocale, isRightToLeft, loadUiLocale, plural, uiMessages } from '../shared/i18n.js';
import { tokens } from '../shared/tokens.styles.js';
import { widgetStyles } from './charge-troubleshooter.styles.js';
import { clearProgress, discardProgress, loadProgress, type SavedProgress, saveProgress, storageKey } from './persistence.js';

const STEP_PARTS = 'step, progress, title, meta, body, instructions, timer, timer-start, options, option, primary, back';
const RESULT_PARTS = 'result, title, body, causes, links, link, actions, return, primary, copy, email, restart, summary';
const SESSION_INPUTS = [
  'device',
  'purchaseDate',
  'returnDays',
  'region',
  'legalGuaranteeMonths',
  'knowledgeBase',
  'src',
  'persist',
  'fetched',
];
const SHOWN_PROBLEMS = 5;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const boltIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M13 2 4 14h7l-1 8 9-12h-7z" fill="currentColor"/></svg>`;

/**
 * @tagname charge-troubleshooter
 * @summary Walks a shopper through a wireless headphone or speaker that won't charge, and ends in
 * fixed, a safety stop, a return, a warranty claim, a repair or a replacement.
 *
 * @event ct-step - A prompt is shown after something the shopper did: `{ prompt, stepNumber }`.
 * @event ct-answer - The shopper answered: `{ promptId, optionId }`.
 * @event ct-result - The session reached a result: `{ prompt, summary }`.
 * @event ct-error - The knowledge base is invalid or `src` failed to load: `{ message, problems? }`.
 *
 * @csspart base - The widget's panel.
 * @csspart error - The error state.
 * @csspart loading - The loading state.
 * @csspart launcher - The floating button in launcher mode.
 * @csspart dialog - The dialog in launcher mode.
 * @csspart close - The dialog's close button.
 * @csspart step - Forwarded from the step element, with its other parts (see the README).
 * @csspart result - Forwarded from the result element, with its other parts (see the README).
 *
 * @cssproperty --ct-color-accent - Primary buttons, links, the launcher.
 * @cssproperty --ct-color-text - Body text.
 * @cssproperty --ct-color-surface - The panel's background.
 * @cssproperty --ct-font-family - The font.
 * @cssproperty --ct-radius - Corner radius.
 * @cssproperty --ct-z-index - The launcher's stacking order.
 */
export class ChargeTroubleshooter extends CtElement {
  static override styles = [tokens, widgetStyles];

  /** A device id of the knowledge base; without it the shopper picks one first. */
  @property({ reflect: true }) device?: string;
  /** `YYYY-MM-DD`; without it the age is asked only when the outcome depends on it. */
  @property({ attribute: 'purchase-date' }) purchaseDate?: string;
  /** The shop's return window in days, overriding the device's. */
  @property({ attribute: 'return-days', type: Number }) returnDays?: number;
  /**
   * The shopper's consumer-law region, a key of the knowledge base's `legalRights` (`EU`, `UK` in the
   * built-in one): past the maker's warranty but inside the legal guarantee, the seller must put it right.
   */
  @property() region?: string;
  /** The seller's legal guarantee in months, when the shop states it (overrides the region's). */
  @property({ attribute: 'legal-guarantee-months', type: Number }) legalGuaranteeMonths?: number;
  /**
   * The widget's language (a BCP 47 tag such as `de` or `fr-CA`). Without it: the nearest `lang`
   * on the page, then the browser's languages, then English.
   */
  @property({ reflect: true }) locale?: string;
  /** The shop's returns page, offered when the advice is to return the product. */
  @property({ attribute: 'return-url' }) returnUrl?: string;
  /** URL of a knowledge-base JSON file to use instead of the built-in one. */
  @property() src?: string;
  /** Resume the session after a reload (kept in localStorage, one key per device). */
  @property({ type: Boolean, reflect: true }) persist = false;
  /** Show a floating button that opens the widget in a dialog. */
  @property({ type: Boolean, reflect: true }) launcher = false;
  /** A knowledge base object; wins over `src` and the built-in one. */
  @property({ attribute: false }) knowledgeBase?: KnowledgeBase;

  @state() private session: Session | undefined;
  @state() private failure: CtErrorDetail | undefined;
  @state() private fetched: { src: string; knowledgeBase: unknown } | undefined;
  @state() private timer: SavedProgress['timer'] | undefined;
  @state() private announcement = '';
  /** The language shown now; a new one replaces it only once its words are loaded. */
  @state() private activeLocale = 'en';

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.launcher') private launcherButton?: HTMLButtonElement;
  #focusPromptAfterUpdate = false;

  /** Starts over: forgets the saved progress and shows the first prompt. */
  restart(): void {
    clearProgress(this.#storageKey);
    this.#fetchSrcIfNeeded(); // a src that failed gets another try
    this.#start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('knowledgeBase')) this.#fetchSrcIfNeeded();
    if (SESSION_INPUTS.some((input) => changed.has(input as keyof ChargeTroubleshooter))) this.#start();
    else if (changed.has('locale')) this.#switchLanguage();
  }

  protected override async updated(): Promise<void> {
    if (!this.#focusPromptAfterUpdate) return;
    this.#focusPromptAfterUpdate = false;
    const prompt = this.renderRoot.querySelector<ChargeTroubleshooterStep | ChargeTroubleshooterResult>(
      'charge-troubleshooter-step, charge-troubleshooter-result',
    );
    await prompt?.updateComplete;
    prompt?.focusHeading();
  }

  protected override render(): TemplateResult {
    const words = uiMessages(this.activeLocale);
    const panel = html`<div part="base" class="base" lang=${this.activeLocale} dir=${isRightToLeft(this.activeLocale) ? 'rtl' : nothing}>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.#renderContent()}
    </div>`;
    if (!this.launcher) return panel;
    return html`
      <button part="launcher" class="launcher primary" type="button" lang=${this.activeLocale} aria-haspopup="dialog" @click=${this.#openDialog}>
        ${boltIcon}${words.launcher}
      </button>
      <dialog part="dialog" lang=${this.activeLocale} aria-label=${words.dialogLabel} @close=${this.#onDialogClose}>
        <div class="dialog-bar">
          <button part="close" class="close" type="button" aria-label=${words.close} @click=${this.#closeDialog}>×</button>
        </div>
        ${panel}
      </dialog>
    `;
  }

  #renderContent(): TemplateResult {
    const words = uiMessages(this.activeLocale);
    if (this.failure) {
      const problems = this.failure.problems ?? [];
      return html`<div part="error" class="error" role="alert">
        <h2>${words.errorTitle}</h2>
        ${
          problems.length > 0
            ? html`<p>${words.errorKnowledgeBase}</p>
              <ul>
                ${problems.slice(0, SHOWN_PROBLEMS).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
                ${problems.length > SHOWN_PROBLEMS ? html`<li>${plural(this.activeLocale, words.moreProblems, problems.length - SHOWN_PROBLEMS)}</li>` : nothing}
              </ul>`
            : html`<p>${this.failure.message}</p>`
        }
      </div>`;
    }
    const session = this.session;
    if (!session) {
      // No visible words while loading: they could be in the wrong language for a moment.
      return html`<div part="loading" class="loading" role="status" aria-busy="true">
        <span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${words.loading}</span>
      </div>`;
    }
    const prompt = session.current;
    if (prompt.kind === 'result') {
      return html`<charge-troubleshooter-result
        exportparts=${RESULT_PARTS}
        .prompt=${prompt}
        .summary=${session.summary()}
        .returnUrl=${this.returnUrl}
        .locale=${this.activeLocale}
        @ct-restart=${this.#onRestart}
      ></charge-troubleshooter-result>`;
    }
    const timer = this.timer?.promptId === prompt.id ? this.timer.startedAt : undefined;
    return html`<charge-troubleshooter-step
      exportparts=${STEP_PARTS}
      .prompt=${prompt}
      .stepNumber=${session.history.length + 1}
      .minutesLeft=${session.minutesLeft}
      .canGoBack=${session.history.length > 0}
      .timerStartedAt=${timer}
      .timerPersists=${this.persist}
      .locale=${this.activeLocale}
      @ct-answer=${this.#onAnswer}
      @ct-back=${this.#onBack}
      @ct-timer-start=${this.#onTimerStart}
    ></charge-troubleshooter-step>`;
  }

  get #storageKey(): string {
    return storageKey(this.device || undefined);
  }

  get #sessionOptions(): (SessionOptions & { locale: string }) | undefined {
    const knowledgeBase = this.knowledgeBase ?? (this.src ? this.fetched?.knowledgeBase : defaultKnowledgeBase);
    if (knowledgeBase === undefined) return undefined; // still loading src
    return {
      knowledgeBase: knowledgeBase as KnowledgeBase, // validated by createSession
      locale: this.#targetLocale(knowledgeBase as KnowledgeBase),
      ...(this.device ? { device: this.device } : {}),
      ...(this.purchaseDate ? { purchaseDate: this.purchaseDate } : {}),
      ...(this.returnDays !== undefined && this.returnDays !== null ? { returnDays: this.returnDays } : {}),
      ...(this.region ? { region: this.region } : {}),
      ...(this.legalGuaranteeMonths !== undefined && this.legalGuaranteeMonths !== null
        ? { legalGuaranteeMonths: this.legalGuaranteeMonths }
        : {}),
    };
  }

  /** The language to speak: a shipped one, or one the knowledge base carries, best matching the page. */
  #targetLocale(knowledgeBase: KnowledgeBase): string {
    const page = this.closest('[lang]')?.getAttribute('lang') ?? undefined;
    const available = [
      ...SHIPPED_LOCALES,
      ...Object.keys(isObject(knowledgeBase) && isObject(knowledgeBase.translations) ? knowledgeBase.translations : {}),
    ];
    return matchLocale([this.locale, page, ...navigator.languages], available);
  }

  /** Loads a shipped language's words, the core's and the elements'. */
  async #loadLanguage(locale: string): Promise<void> {
    await Promise.all([loadLocale(locale), loadUiLocale(locale)]);
  }

  #isLoaded(locale: string): boolean {
    return isLocaleLoaded(locale) && hasUiLocale(locale);
  }

  /** A fresh (or, with `persist`, resumed) session from the current inputs; never throws. */
  #start(): void {
    this.failure = undefined;
    this.timer = undefined;
    const options = this.#sessionOptions;
    if (options === undefined || !this.#isLoaded(options.locale)) {
      this.session = undefined; // loading src or the language's words
      if (options !== undefined)
        void this.#loadLanguage(options.locale).then(
          () => this.#start(),
          (error) => this.#fail(error),
        );
      return;
    }
    try {
      this.session = (this.persist && this.#resume(options)) || createSession(options);
      this.activeLocale = options.locale;
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Speaks another language without losing the session; the old words stay until the new ones are here. */
  #switchLanguage(): void {
    const options = this.#sessionOptions;
    const session = this.session;
    if (!options || !session) {
      this.#start();
      return;
    }
    const target = options.locale;
    const apply = () => {
      if (this.session !== session || this.#sessionOptions?.locale !== target) return; // something newer happened
      this.session = restoreSession(session.snapshot(), options);
      this.activeLocale = target;
      this.#save();
    };
    if (this.#isLoaded(target)) apply();
    else void this.#loadLanguage(target).then(apply, (error) => this.#fail(error));
  }

  /** The saved session if it still fits these inputs and the knowledge base. */
  #resume(options: SessionOptions): Session | undefined {
    const key = this.#storageKey;
    const saved = loadProgress(key) as Partial<SavedProgress> | undefined;
    if (saved === undefined) return undefined;
    const snapshot = saved?.snapshot;
    const changed = (['purchaseDate', 'returnDays', 'region', 'legalGuaranteeMonths'] as const).some(
      (key) => snapshot?.[key] !== options[key],
    );
    if (changed) {
      clearProgress(key); // the page now says something else about the purchase: start afresh
      return undefined;
    }
    try {
      const session = restoreSession(snapshot, options);
      const timer = saved.timer;
      if (timer?.promptId === session.current.id && Number.isFinite(timer.startedAt)) this.timer = timer;
      return session;
    } catch (error) {
      discardProgress(key, (error as Error).message);
      return undefined;
    }
  }

  #fetchSrcIfNeeded(): void {
    if (this.src && !this.knowledgeBase && this.fetched?.src !== this.src) void this.#fetch(this.src);
  }

  async #fetch(src: string): Promise<void> {
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const knowledgeBase: unknown = await response.json();
      if (this.src === src) this.fetched = { src, knowledgeBase };
    } catch (error) {
      if (this.src !== src) return; // a newer src took over
      this.session = undefined;
      this.#fail(new Error(formatMessage(uiMessages(this.activeLocale).errorLoad, { src, reason: (error as Error).message })));
    }
  }

  #fail(error: unknown): void {
    this.session = undefined;
    this.failure = {
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof KnowledgeBaseError ? { problems: error.problems } : {}),
    };
    this.emit('ct-error', this.failure);
  }

  #save(): void {
    if (!this.persist || !this.session) return;
    saveProgress(this.#storageKey, { snapshot: this.session.snapshot(), ...(this.timer ? { timer: this.timer } : {}) });
  }

  /** Shows the shopper's next prompt: saves it, moves focus to it, announces it, tells the page. */
  #show(session: Session): void {
    this.session = session;
    this.#save();
    this.#focusPromptAfterUpdate = true;
    const prompt = session.current;
    const stepNumber = session.history.length + 1;
    // A safety stop is its own assertive alert; everything else is announced politely.
    const stepLabel = formatMessage(uiMessages(this.activeLocale).step, { n: stepNumber });
    this.announcement = prompt.kind === 'result' ? (prompt.outcome === 'safety-stop' ? '' : prompt.title) : `${stepLabel}: ${prompt.title}`;
    this.emit('ct-step', { prompt, stepNumber });
    if (prompt.kind === 'result') this.emit('ct-result', { prompt, summary: session.summary() });
  }

  #onAnswer = (event: CustomEvent<CtAnswerDetail>): void => {
    event.stopPropagation(); // re-dispatched from the widget itself, after the session moved on
    if (!this.session) return;
    const { promptId, optionId } = event.detail;
    const next = this.session.answer(optionId);
    this.timer = undefined;
    this.emit('ct-answer', { promptId, optionId });
    this.#show(next);
  };

  #onBack = (event: Event): void => {
    event.stopPropagation();
    if (this.session) {
      this.timer = undefined;
      this.#show(this.session.back());
    }
  };

  #onTimerStart = (event: CustomEvent<CtTimerStartDetail>): void => {
    event.stopPropagation();
    this.timer = { ...event.detail };
    this.#save();
  };

  #onRestart = (event: Event): void => {
    event.stopPropagation();
    this.restart();
    if (this.session) this.#show(this.session);
  };

  #openDialog = (): void => {
    this.dialog?.showModal();
    this.#focusPromptAfterUpdate = true;
    this.requestUpdate();
  };

  #closeDialog = (): void => {
    this.dialog?.close();
  };

  #onDialogClose = (): void => {
    this.launcherButton?.focus();
  };
}
