import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
// Core modules by name, not the core's entry: the entry brings the validator, which loads only for a knowledge base from outside.
import {
  type Controller,
  type ControllerChange,
  type ControllerState,
  createController,
  DEFAULT_KEEP_DAYS,
  formatMessage,
  type KnowledgeBase,
  type Session,
  type Shop,
} from '../../core/index.js';
import { english } from '../../locales/en.js';
import { isRightToLeft } from '../../locales/index.js';
import type { Locale } from '../../locales/types.js';
import {
  type ChargeTroubleshooterLauncher,
  LAUNCHER_PARTS,
  type LauncherSize,
} from '../charge-troubleshooter-launcher/charge-troubleshooter-launcher.component.js';
import { RESULT_PARTS, type ResultHandoffEvent } from '../charge-troubleshooter-result/charge-troubleshooter-result.component.js';
import { STEP_PARTS } from '../charge-troubleshooter-step/charge-troubleshooter-step.component.js';
import { CtElement } from '../shared/ct-element.js';
import type { CtAnswerDetail } from '../shared/events.js';
import { plural } from '../shared/languages.js';
import { tokens } from '../shared/tokens.styles.js';
import { widgetStyles } from './charge-troubleshooter.styles.js';
import { isBuiltInKnowledgeBase, KnowledgeBaseLoadError, knowledgeBaseFrom } from './knowledge-base-source.js';
import { chooseLanguage } from './language-choice.js';
import { localStore, storageKey } from './persistence.js';
import { timeAgo } from './time-ago.js';

/** Inputs that start a new session when they change (a saved one resumes, with `persist`). */
const SESSION_INPUTS = [
  'device',
  'purchaseDate',
  'returnDays',
  'region',
  'legalGuaranteeMonths',
  'knowledgeBase',
  'src',
  'loadTimeout',
  'persist',
  'persistDays',
  'shopName',
  'supportEmail',
  'supportUrl',
  'supportPhone',
  'orderNumber',
  'accessories',
] as const;
const SHOWN_PROBLEMS = 5;

/** `launcher` alone is launcher mode at its automatic size; `launcher="compact"` or `"full"` fixes it. */
const launcherMode = {
  fromAttribute: (value: string | null): boolean | LauncherSize =>
    value === null ? false : value === 'compact' || value === 'full' ? value : true,
  toAttribute: (value: boolean | LauncherSize) => (value === false ? null : value === true || value === 'auto' ? '' : value),
};

/** The `accessories` attribute holds JSON; what does not parse is kept as the error, shown when the session starts. */
const json = {
  fromAttribute: (value: string | null): unknown => {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      return new SyntaxError(`The accessories attribute is not valid JSON (${(error as Error).message})`);
    }
  },
};

/** Resolves in the next frame, before it is painted; at once in a hidden page, which paints none. */
function beforeNextPaint(): Promise<unknown> {
  return new Promise((resolve) => (document.hidden ? resolve(0) : requestAnimationFrame(resolve)));
}

/**
 * @tagname charge-troubleshooter
 * @summary Walks a shopper through a wireless headphone or speaker that won't charge, and ends in
 * fixed, a safety stop, a return, a warranty claim, a legal remedy, a repair or a replacement.
 *
 * @event ct-step - A prompt is shown after something the shopper did: `{ prompt, stepNumber }`.
 * @event ct-answer - The shopper answered: `{ promptId, optionId }`.
 * @event ct-result - The session reached a result: `{ prompt, summary, record }` (`record`: the outcome record to log).
 * @event ct-handoff - The shopper took a way on from a result: `{ kind, outcome }`, kind one of email, copy, return, claim, phone, link.
 * @event ct-open - Launcher mode: the dialog opened.
 * @event ct-close - Launcher mode: the dialog closed.
 * @event ct-error - The knowledge base is invalid, `src` failed to load, a setting is wrong, or the language is not available: `{ message, problems? }`.
 *
 * @csspart base - The widget's panel.
 * @csspart error - The error state.
 * @csspart retry - "Try again" in the error state, after a knowledge base failed to load.
 * @csspart loading - The loading state.
 * @csspart welcome - Coming back to saved progress: "Continue or start again?".
 * @csspart finished - After "Done": the closing words and "Start over".
 * @csspart launcher - Launcher mode: the floating button (from `<charge-troubleshooter-launcher>`, as are the parts to `close`).
 * @csspart dialog - Launcher mode: the dialog.
 * @csspart dialog-header - Launcher mode: the dialog's header, with its title and Close.
 * @csspart dialog-title - Launcher mode: the dialog's title.
 * @csspart close - Launcher mode: the dialog's close button.
 * @csspart step - A step's container (from `<charge-troubleshooter-step>`, as are the parts to `start-over`).
 * @csspart progress - "Step n" in a step's heading.
 * @csspart progress-bar - How far along the session is; it never goes back.
 * @csspart title - A step's or result's heading.
 * @csspart meta - The time left, waits included.
 * @csspart body - A question's explanation, a result's text.
 * @csspart picture - A step's picture.
 * @csspart instructions - An action's numbered steps.
 * @csspart timer - A waiting action's timer.
 * @csspart timer-start - The button that starts the timer.
 * @csspart options - The answer buttons.
 * @csspart group - A group of answers under a heading (the device picker's brands).
 * @csspart option - Each answer button.
 * @csspart swatch - The colour an answer is about.
 * @csspart primary - The main button of a step or result.
 * @csspart back - The Back control.
 * @csspart start-over - "Start over" on a step.
 * @csspart result - A result's container (from `<charge-troubleshooter-result>`, as are the parts to `summary`).
 * @csspart steps - A safety stop's numbered actions.
 * @csspart ready - What a warranty claim asks for.
 * @csspart links - A result's pages worth reading next.
 * @csspart link - Each of them.
 * @csspart actions - A result's buttons.
 * @csspart done - "Done" on a resolved result.
 * @csspart return - "Start a return" on a refund result.
 * @csspart claim - The maker's warranty-claim page.
 * @csspart accessory - The shop's page for the part that fixed it.
 * @csspart contacts - The ways to reach the shop and the maker.
 * @csspart contact - Each of them.
 * @csspart email - An email contact.
 * @csspart phone - A phone contact.
 * @csspart copy - "Copy summary".
 * @csspart restart - "Start over" on a result.
 * @csspart why - The "Why this result?" disclosure.
 * @csspart causes - A result's likely causes, in words.
 * @csspart summary - The summary text shown when copying is blocked.
 *
 * @cssproperty --ct-color-accent - Primary buttons, links, the launcher, Back, the progress bar. Light #0b57d0, dark #a8c7fa.
 * @cssproperty --ct-color-on-accent - Text on the accent colour. Light #ffffff, dark #062e6f.
 * @cssproperty --ct-color-text - Body text. Light #1f1f1f, dark #e3e3e3.
 * @cssproperty --ct-color-surface - The panel and dialog background. Light #ffffff, dark #1f1f1f.
 * @cssproperty --ct-color-text-muted - "Step n", time left, hints. Default: the text colour, 25 % towards the surface.
 * @cssproperty --ct-color-surface-alt - Answer buttons, the progress track. Default: the surface, 7 % towards the accent.
 * @cssproperty --ct-color-border - Button borders. Default: the text colour, 45 % towards the surface.
 * @cssproperty --ct-color-focus - Focus rings. Default: the accent.
 * @cssproperty --ct-color-danger - The safety stop's and the error's border and badge. Default: red mixed 35 % with the text colour.
 * @cssproperty --ct-color-on-danger - Text on the danger colour. Default: the surface.
 * @cssproperty --ct-color-danger-surface - The safety stop's and the error's background. Default: the surface, 10 % towards danger.
 * @cssproperty --ct-color-success - The tick of a resolved result. Default: green mixed 40 % with the text colour.
 * @cssproperty --ct-color-backdrop - Behind the launcher's dialog. Default rgb(0 0 0 / 0.45).
 * @cssproperty --ct-font-family - All text; no font is ever fetched. Default system-ui and fallbacks.
 * @cssproperty --ct-font-size - The base size; everything scales from it. Default max(16px, 1rem).
 * @cssproperty --ct-radius - Corners. Default 12px.
 * @cssproperty --ct-spacing - The spacing unit. Default 16px.
 * @cssproperty --ct-shadow - The panel, the launcher, the dialog. Default a soft two-layer shadow.
 * @cssproperty --ct-max-inline-size - The inline widget's greatest width. Default 40rem.
 * @cssproperty --ct-z-index - The launcher button's stacking order (the dialog sits in the top layer). Default 100.
 * @cssproperty --ct-launcher-inset-block-end - The launcher's distance from the bottom of the window. Default 24px.
 * @cssproperty --ct-launcher-inset-inline-end - The launcher's distance from the end side of the window. Default 24px.
 * @cssproperty --ct-launcher-inset-inline-start - The launcher's distance from the start side, for a launcher on that side (set the end one to auto). Default auto.
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
   * The widget's language (a BCP 47 tag such as `de` or `fr-CA`): a shipped one or one added with
   * `registerLocale()`, which the knowledge base has text in; any other is an error. Without it: the
   * first of the page's `lang` and the browser's languages that is available and that the knowledge
   * base speaks, else the knowledge base's own language.
   */
  @property({ reflect: true }) locale?: string;
  /** `light`, `dark` or `auto` (the shopper's system setting); without it the widget follows the page's colour scheme. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark' | 'auto';
  /** The shop's returns page, offered when the advice is to return the product. */
  @property({ attribute: 'return-url' }) returnUrl?: string;
  /** The shop's name, for the summary. */
  @property({ attribute: 'shop-name' }) shopName?: string;
  /** The shop's support address: every hand-off offers it first, with the summary in the message. */
  @property({ attribute: 'support-email' }) supportEmail?: string;
  /** The shop's help or contact page. */
  @property({ attribute: 'support-url' }) supportUrl?: string;
  /** The shop's phone number, as people dial it. */
  @property({ attribute: 'support-phone' }) supportPhone?: string;
  /** The shopper's order number, for the summary and the warranty claim. */
  @property({ attribute: 'order-number' }) orderNumber?: string;
  /** Per cause, the shop's page for the fix: `{"cable": {"label": "USB-C cables", "href": "https://…"}}` (JSON in the attribute). */
  @property({ converter: json }) accessories?: Shop['accessories'] | SyntaxError;
  /** URL of a knowledge-base JSON file; default: the built-in one, beside the module. */
  @property() src?: string;
  /** Seconds to wait for `src` before showing the error state with "Try again". */
  @property({ attribute: 'load-timeout', type: Number }) loadTimeout = 10;
  /** Resume the session after a reload (kept in localStorage, one key per device). */
  @property({ type: Boolean, reflect: true }) persist = false;
  /** Saved progress older than this many days is forgotten. */
  @property({ attribute: 'persist-days', type: Number }) persistDays = DEFAULT_KEEP_DAYS;
  /**
   * A floating button that opens the widget in a dialog: with its label, and the icon alone on a phone;
   * `launcher="compact"` always the icon alone, `launcher="full"` always with the label.
   */
  @property({ reflect: true, converter: launcherMode }) launcher: boolean | LauncherSize = false;
  /** A knowledge base object; wins over `src`. */
  @property({ attribute: false }) knowledgeBase?: KnowledgeBase;
  /**
   * The clock the session's timers count by, and whose local date is the session's today (what the
   * product's age is counted to): `Date.now` unless a test or a demo passes its own.
   */
  @property({ attribute: false }) clock: () => number = Date.now;

  @state() private view: ControllerState = { status: 'loading' };
  /** The language shown now; a new one replaces it only once its words are loaded. */
  @state() private language: Locale = english;
  @state() private announcement = '';
  /** What the panel shows instead of the session: the welcome back, or the words after "Done". */
  @state() private screen: 'session' | 'welcome' | 'finished' = 'session';

  #controller: Controller | undefined;
  #knowledgeBase: Promise<unknown> = Promise.resolve(undefined);
  #unsubscribe: (() => void) | undefined;
  #loading: Promise<unknown> = Promise.resolve();
  #focusPromptAfterUpdate = false;

  /** Starts over: forgets the saved progress and shows the first prompt. */
  restart(): void {
    this.screen = 'session';
    if (this.#controller?.state.status === 'error')
      this.#start(); // a src that failed gets another try
    else this.#controller?.restart();
  }

  /** Launcher mode: opens the dialog. Inline: brings the widget into view and puts focus on its heading. */
  async open(): Promise<void> {
    await this.updateComplete;
    if (this.launcher) await this.#launcher()?.open();
    else {
      this.scrollIntoView({ block: 'nearest' });
      this.#focusHeading();
    }
  }

  /** Launcher mode: closes the dialog; focus goes back to the launcher button. */
  close(): void {
    this.#launcher()?.close();
  }

  /**
   * Resolves once the widget shows what it is loading (a knowledge base, a language) or an error, and
   * focus is on what the shopper's doing led to.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    for (let loading = this.#loading; ; loading = this.#loading) {
      await loading;
      settled = await super.getUpdateComplete();
      if (loading === this.#loading) return settled;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Moved to another place on the page: the same session goes on, where it was. */
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#controller !== undefined && this.#unsubscribe === undefined) {
      this.#unsubscribe = this.#controller.subscribe(this.#onChange);
      this.view = this.#controller.state;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SESSION_INPUTS.some((input) => changed.has(input))) this.#start();
    else if (changed.has('locale')) this.#switchLanguage();
  }

  protected override updated(): void {
    if (!this.#focusPromptAfterUpdate) return;
    this.#focusPromptAfterUpdate = false;
    // focus() must lay the page out (to scroll the heading into view): done in the frame that paints
    // the new prompt, that is the frame's own layout, not one forced on the click before the frame.
    this.#loading = Promise.all([this.#loading, beforeNextPaint().then(() => this.#focusHeading())]);
  }

  async #focusHeading(): Promise<void> {
    const shown = this.renderRoot.querySelector<HTMLElement & { focusHeading?(): void; updateComplete?: Promise<boolean> }>(
      'charge-troubleshooter-step, charge-troubleshooter-result, .screen h2',
    );
    await shown?.updateComplete;
    if (shown?.focusHeading) shown.focusHeading();
    else shown?.focus();
  }

  #launcher(): ChargeTroubleshooterLauncher | null {
    return this.renderRoot.querySelector('charge-troubleshooter-launcher');
  }

  protected override render(): TemplateResult {
    const { ui, tag } = this.language;
    const dir = isRightToLeft(tag) ? 'rtl' : nothing;
    const panel = html`<div part="base" class="base" lang=${tag} dir=${dir}>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.#renderContent()}
    </div>`;
    if (!this.launcher) return panel;
    return html`<charge-troubleshooter-launcher
      exportparts=${LAUNCHER_PARTS.join(', ')}
      lang=${tag}
      dir=${dir}
      size=${this.launcher === true ? 'auto' : this.launcher}
      .label=${ui.launcher}
      .dialogLabel=${ui.dialogLabel}
      .closeLabel=${ui.close}
      @open=${this.#onOpen}
      @close=${this.#onClose}
      >${panel}</charge-troubleshooter-launcher
    >`;
  }

  #renderContent(): TemplateResult {
    const { ui, tag } = this.language;
    const view = this.view;
    if (view.status === 'error') {
      const problems = view.problems ?? [];
      return html`<div part="error" class="error" role="alert">
        <h2>${ui.errorTitle}</h2>
        ${
          problems.length > 0
            ? html`<p>${ui.errorKnowledgeBase}</p>
              <ul>
                ${problems.slice(0, SHOWN_PROBLEMS).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
                ${problems.length > SHOWN_PROBLEMS ? html`<li>${plural(tag, ui.moreProblems, problems.length - SHOWN_PROBLEMS)}</li>` : nothing}
              </ul>`
            : html`<p>${view.error instanceof KnowledgeBaseLoadError ? formatMessage(ui.errorLoad, { src: view.error.src, reason: view.error.reason }) : view.message}</p>`
        }
        ${
          view.error instanceof KnowledgeBaseLoadError
            ? html`<div class="buttons"><button part="retry" type="button" @click=${this.restart}>${ui.retry}</button></div>`
            : nothing
        }
      </div>`;
    }
    if (view.status === 'loading') {
      // No visible words while loading: they could be in the wrong language for a moment.
      return html`<div part="loading" class="loading" role="status" aria-busy="true">
        <span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${ui.loading}</span>
      </div>`;
    }
    const { session, timer } = view;
    if (this.screen === 'welcome' && view.resumed) {
      return html`<div part="welcome" class="screen">
        <h2 tabindex="-1">${ui.resumeTitle}</h2>
        <p dir="auto">${formatMessage(ui.resumeBody, { when: timeAgo(tag, view.resumed.startedAt, this.clock()), step: session.current.title })}</p>
        <div class="buttons">
          <button class="primary" type="button" @click=${this.#continue}>${ui.resumeContinue}</button>
          <button type="button" @click=${this.#onRestart}>${ui.resumeStartAgain}</button>
        </div>
      </div>`;
    }
    if (this.screen === 'finished') {
      return html`<div part="finished" class="screen">
        <h2 tabindex="-1">${ui.finished}</h2>
        <div class="buttons"><button type="button" @click=${this.#onRestart}>${ui.startOver}</button></div>
      </div>`;
    }
    const prompt = session.current;
    if (prompt.kind === 'result') {
      return html`<charge-troubleshooter-result
        exportparts=${RESULT_PARTS.join(', ')}
        .prompt=${prompt}
        .summary=${session.summary()}
        .returnUrl=${this.returnUrl}
        .locale=${tag}
        .words=${ui}
        .coreWords=${this.language.core}
        @restart=${this.#onRestart}
        @done=${this.#onDone}
        @handoff=${this.#onHandoff}
      ></charge-troubleshooter-result>`;
    }
    return html`<charge-troubleshooter-step
      exportparts=${STEP_PARTS.join(', ')}
      .prompt=${prompt}
      .stepNumber=${session.history.length + 1}
      .progress=${session.progress}
      .timeLeft=${session.timeLeft}
      .canGoBack=${session.history.length > 0}
      .timerStartedAt=${timer?.promptId === prompt.id ? timer.startedAt : undefined}
      .timerPersists=${this.persist}
      .locale=${tag}
      .words=${ui}
      .clock=${this.clock}
      @ct-answer=${this.#onAnswer}
      @back=${this.#onBack}
      @restart=${this.#onRestart}
      @timer-start=${this.#onTimerStart}
    ></charge-troubleshooter-step>`;
  }

  /** The shop's settings from its attributes; a malformed `accessories` is thrown, to show as the error. */
  #shop(): Shop | undefined {
    if (this.accessories instanceof Error) throw this.accessories;
    const shop: Shop = {
      ...(this.shopName ? { name: this.shopName } : {}),
      ...(this.supportEmail ? { email: this.supportEmail } : {}),
      ...(this.supportUrl ? { url: this.supportUrl } : {}),
      ...(this.supportPhone ? { phone: this.supportPhone } : {}),
      ...(this.orderNumber ? { orderNumber: this.orderNumber } : {}),
      ...(this.accessories ? { accessories: this.accessories } : {}),
    };
    return Object.keys(shop).length > 0 ? shop : undefined;
  }

  /** The languages the page and the shopper prefer, nearest first. */
  #preferredLanguages(): (string | null | undefined)[] {
    return [this.closest('[lang]')?.getAttribute('lang'), ...navigator.languages];
  }

  /** A fresh (or, with `persist`, resumed) session from the current inputs; never throws. */
  #start(): void {
    this.#unsubscribe?.();
    this.screen = 'session';
    let shop: Shop | undefined;
    try {
      shop = this.#shop();
      if (!(Number.isFinite(this.loadTimeout) && this.loadTimeout > 0)) {
        throw new RangeError(
          `load-timeout must be a number of seconds above 0, not ${this.getAttribute('load-timeout') ?? this.loadTimeout}`,
        );
      }
      this.#knowledgeBase = knowledgeBaseFrom(this.knowledgeBase, this.src, this.loadTimeout);
    } catch (error) {
      this.#knowledgeBase = Promise.reject(error); // a bad setting: the controller shows it as the error
    }
    const language = chooseLanguage(this.#knowledgeBase, this.locale, this.#preferredLanguages());
    const controller = createController({
      knowledgeBase: this.#knowledgeBase,
      trusted: isBuiltInKnowledgeBase,
      locale: language,
      ...(this.device ? { device: this.device } : {}),
      ...(this.purchaseDate ? { purchaseDate: this.purchaseDate } : {}),
      ...(this.returnDays !== undefined && this.returnDays !== null ? { returnDays: this.returnDays } : {}),
      ...(this.region ? { region: this.region } : {}),
      ...(this.legalGuaranteeMonths !== undefined && this.legalGuaranteeMonths !== null
        ? { legalGuaranteeMonths: this.legalGuaranteeMonths }
        : {}),
      ...(shop ? { shop } : {}),
      ...(this.persist ? { store: localStore(storageKey(this.device || undefined)), keepDays: this.persistDays } : {}),
      now: () => this.clock(),
    });
    this.#controller = controller;
    this.view = controller.state;
    this.#unsubscribe = controller.subscribe(this.#onChange);
    // A language that fails to load fails the controller too, which shows the error.
    this.#loading = Promise.all([controller.ready, this.#speakWhenLoaded(controller, language).catch(() => undefined)]);
  }

  /** Takes up the UI words once loaded, unless another session has started meanwhile. */
  async #speakWhenLoaded(controller: Controller, language: Promise<Locale>): Promise<void> {
    const value = await language;
    if (controller === this.#controller) this.language = value;
  }

  /** Speaks another language without losing the session; the old words stay until the new ones are here. */
  #switchLanguage(): void {
    const controller = this.#controller;
    if (controller === undefined || controller.state.status !== 'ready') {
      this.#start();
      return;
    }
    const language = chooseLanguage(this.#knowledgeBase, this.locale, this.#preferredLanguages());
    this.#loading = Promise.all([
      controller.setLocale(language).catch(() => undefined),
      this.#speakWhenLoaded(controller, language).catch((error: unknown) =>
        this.#onChange({ status: 'error', message: (error as Error).message, error }),
      ),
    ]);
  }

  #onChange = (view: ControllerState, change?: ControllerChange): void => {
    this.view = view;
    // Back after a while: ask before dropping the shopper into the middle of a session.
    if (change === 'start' && view.status === 'ready' && view.resumed) this.screen = 'welcome';
    if (view.status === 'error') this.emit('ct-error', { message: view.message, ...(view.problems ? { problems: view.problems } : {}) });
  };

  /** After the shopper moved the session on (never after page code did): tell the page and show it. */
  #showShopperMove(): void {
    const view = this.#controller?.state;
    if (view?.status === 'ready') this.#show(view.session);
  }

  /** Tells the page, and the shopper's screen reader, what the shopper's doing led to; moves focus there. */
  #show(session: Session): void {
    this.#focusPromptAfterUpdate = true;
    const prompt = session.current;
    const stepNumber = session.history.length + 1;
    // A safety stop is its own assertive alert; everything else is announced politely.
    const stepLabel = formatMessage(this.language.ui.step, { n: stepNumber });
    this.announcement = prompt.kind === 'result' ? (prompt.outcome === 'safety-stop' ? '' : prompt.title) : `${stepLabel}: ${prompt.title}`;
    this.emit('ct-step', { prompt, stepNumber });
    if (prompt.kind === 'result') this.emit('ct-result', { prompt, summary: session.summary(), record: session.record() });
  }

  #onAnswer = (event: CustomEvent<CtAnswerDetail>): void => {
    event.stopPropagation(); // fired again from the widget itself, once the session has moved on
    const { promptId, optionId } = event.detail;
    const view = this.#controller?.state;
    // A click on a button of a prompt no longer shown (a double tap) answers nothing.
    if (view?.status !== 'ready' || view.session.current.id !== promptId) return;
    if (!view.session.current.options.some((option) => option.id === optionId)) return;
    this.emit('ct-answer', { promptId, optionId });
    this.#controller!.answer(optionId);
    this.#showShopperMove();
  };

  #onBack = (): void => {
    this.#controller?.back();
    this.#showShopperMove();
  };

  #onTimerStart = (): void => {
    this.#controller?.startTimer();
  };

  #onRestart = (): void => {
    this.screen = 'session';
    this.#controller?.restart();
    this.#showShopperMove();
  };

  #continue = (): void => {
    this.screen = 'session';
    this.#focusPromptAfterUpdate = true;
  };

  /** "Done": the session is over, so its saved progress goes; a dialog closes. */
  #onDone = (): void => {
    this.#controller?.restart();
    this.screen = 'finished';
    this.#focusPromptAfterUpdate = true;
    if (this.launcher) this.close();
  };

  #onHandoff = (event: ResultHandoffEvent): void => {
    const view = this.#controller?.state;
    if (view?.status !== 'ready' || view.session.current.kind !== 'result') return;
    this.emit('ct-handoff', { kind: event.detail.kind, outcome: view.session.current.outcome });
  };

  #onOpen = (): void => {
    // Reopened after "Done": a new session, from its start.
    if (this.screen === 'finished') this.screen = 'session';
    this.#focusPromptAfterUpdate = true;
    this.requestUpdate();
    this.emit('ct-open', {});
  };

  #onClose = (): void => {
    this.emit('ct-close', {});
  };
}
