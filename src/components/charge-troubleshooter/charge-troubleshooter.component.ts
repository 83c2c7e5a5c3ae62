import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Controller, type ControllerState, createController } from '../../core/controller.js';
import { formatMessage } from '../../core/format.js';
import type { KnowledgeBase, Session } from '../../core/types.js';
import { DEFAULT_KNOWLEDGE_BASE_URL } from '../../knowledge-base/location.js';
import { english } from '../../locales/en.js';
import { bestMatch, isRightToLeft, matchLocale } from '../../locales/index.js';
import type { Locale } from '../../locales/types.js';
import { LAUNCHER_PARTS } from '../charge-troubleshooter-launcher/charge-troubleshooter-launcher.component.js';
import { RESULT_PARTS } from '../charge-troubleshooter-result/charge-troubleshooter-result.component.js';
import { STEP_PARTS } from '../charge-troubleshooter-step/charge-troubleshooter-step.component.js';
import { CtElement } from '../shared/ct-element.js';
import type { CtAnswerDetail } from '../shared/events.js';
import { availableLocales, localeFor, plural } from '../shared/languages.js';
import { tokens } from '../shared/tokens.styles.js';
import { widgetStyles } from './charge-troubleshooter.styles.js';
import { fetchKnowledgeBase, KnowledgeBaseLoadError } from './knowledge-base-source.js';
import { localStore, storageKey } from './persistence.js';

/** Inputs that start a new session when they change. */
const SESSION_INPUTS = [
  'device',
  'purchaseDate',
  'returnDays',
  'region',
  'legalGuaranteeMonths',
  'knowledgeBase',
  'src',
  'persist',
] as const;
const SHOWN_PROBLEMS = 5;

/**
 * @tagname charge-troubleshooter
 * @summary Walks a shopper through a wireless headphone or speaker that won't charge, and ends in
 * fixed, a safety stop, a return, a warranty claim, a legal remedy, a repair or a replacement.
 *
 * @event ct-step - A prompt is shown after something the shopper did: `{ prompt, stepNumber }`.
 * @event ct-answer - The shopper answered: `{ promptId, optionId }`.
 * @event ct-result - The session reached a result: `{ prompt, summary }`.
 * @event ct-error - The knowledge base is invalid, `src` failed to load, or the language is not available: `{ message, problems? }`.
 *
 * @csspart base - The widget's panel.
 * @csspart error - The error state.
 * @csspart loading - The loading state.
 * @csspart launcher - Launcher mode: the floating button.
 * @csspart dialog - Launcher mode: the dialog.
 * @csspart close - Launcher mode: the dialog's close button.
 * @csspart step - A step's container (from `<charge-troubleshooter-step>`, as are the parts to `back`).
 * @csspart progress - "Step n" in a step's heading.
 * @csspart title - A step's or result's heading.
 * @csspart meta - The minutes of steps left.
 * @csspart body - A question's explanation, a result's text.
 * @csspart instructions - An action's numbered steps.
 * @csspart timer - A waiting action's timer.
 * @csspart timer-start - The button that starts the timer.
 * @csspart options - The group of answer buttons.
 * @csspart option - Each answer button.
 * @csspart primary - The primary button of a step or result.
 * @csspart back - The Back control.
 * @csspart result - A result's container (from `<charge-troubleshooter-result>`, as are the parts to `summary`).
 * @csspart causes - A result's likely causes.
 * @csspart links - A result's next-step links.
 * @csspart link - Each next-step link.
 * @csspart actions - A result's row of buttons.
 * @csspart return - "Start a return" on a refund result.
 * @csspart copy - "Copy summary".
 * @csspart email - "Email support".
 * @csspart restart - "Start over".
 * @csspart summary - The summary text shown when copying is blocked.
 *
 * @cssproperty --ct-color-accent - Primary buttons, links, the launcher, Back. Light #0b57d0, dark #a8c7fa.
 * @cssproperty --ct-color-on-accent - Text on the accent colour. Light #ffffff, dark #062e6f.
 * @cssproperty --ct-color-text - Body text. Light #1f1f1f, dark #e3e3e3.
 * @cssproperty --ct-color-text-muted - "Step n", progress, hints. Light #474747, dark #c4c7c5.
 * @cssproperty --ct-color-surface - The panel and dialog background. Light #ffffff, dark #1f1f1f.
 * @cssproperty --ct-color-surface-alt - Answer buttons. Light #f0f4f9, dark #2d2f31.
 * @cssproperty --ct-color-border - Button borders. Light #747775, dark #8e918f.
 * @cssproperty --ct-color-focus - Focus rings. Light #0b57d0, dark #a8c7fa.
 * @cssproperty --ct-color-danger - The safety stop and error border, badge. Light #b3261e, dark #ffb4ab.
 * @cssproperty --ct-color-on-danger - Text on the danger colour. Light #ffffff, dark #690005.
 * @cssproperty --ct-color-danger-surface - The safety stop and error background. Light #fce8e6, dark #410e0b.
 * @cssproperty --ct-color-success - The tick of a resolved result. Light #146c2e, dark #6dd58c.
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
   * `registerLocale()`; any other is an error. Without it: the nearest `lang` on the page, then the
   * browser's languages, then English.
   */
  @property({ reflect: true }) locale?: string;
  /** The shop's returns page, offered when the advice is to return the product. */
  @property({ attribute: 'return-url' }) returnUrl?: string;
  /** URL of a knowledge-base JSON file; default: the built-in one, beside the module. */
  @property() src?: string;
  /** Resume the session after a reload (kept in localStorage, one key per device). */
  @property({ type: Boolean, reflect: true }) persist = false;
  /** Show a floating button that opens the widget in a dialog. */
  @property({ type: Boolean, reflect: true }) launcher = false;
  /** A knowledge base object; wins over `src`. */
  @property({ attribute: false }) knowledgeBase?: KnowledgeBase;
  /** The clock the session's timers count by: `Date.now` unless a test or a demo passes its own. */
  @property({ attribute: false }) clock: () => number = Date.now;

  @state() private view: ControllerState = { status: 'loading' };
  /** The language shown now; a new one replaces it only once its words are loaded. */
  @state() private language: Locale = english;
  @state() private announcement = '';

  #controller: Controller | undefined;
  #unsubscribe: (() => void) | undefined;
  #loading: Promise<unknown> = Promise.resolve();
  #focusPromptAfterUpdate = false;

  /** Starts over: forgets the saved progress and shows the first prompt. */
  restart(): void {
    if (this.#controller?.state.status === 'error')
      this.#start(); // a src that failed gets another try
    else this.#controller?.restart();
  }

  /** Resolves once the widget shows what it is loading (a knowledge base, a language) or an error. */
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
    this.#controller = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.#controller === undefined) this.#start(); // moved to another place on the page
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SESSION_INPUTS.some((input) => changed.has(input))) this.#start();
    else if (changed.has('locale')) this.#switchLanguage();
  }

  protected override async updated(): Promise<void> {
    if (!this.#focusPromptAfterUpdate) return;
    this.#focusPromptAfterUpdate = false;
    const prompt = this.renderRoot.querySelector<HTMLElement & { focusHeading(): void; updateComplete: Promise<boolean> }>(
      'charge-troubleshooter-step, charge-troubleshooter-result',
    );
    await prompt?.updateComplete;
    prompt?.focusHeading();
  }

  protected override render(): TemplateResult {
    const { ui, tag } = this.language;
    const panel = html`<div part="base" class="base" lang=${tag} dir=${isRightToLeft(tag) ? 'rtl' : nothing}>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.#renderContent()}
    </div>`;
    if (!this.launcher) return panel;
    return html`<charge-troubleshooter-launcher
      exportparts=${LAUNCHER_PARTS.join(', ')}
      lang=${tag}
      .label=${ui.launcher}
      .dialogLabel=${ui.dialogLabel}
      .closeLabel=${ui.close}
      @open=${this.#onOpen}
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
      </div>`;
    }
    if (view.status === 'loading') {
      // No visible words while loading: they could be in the wrong language for a moment.
      return html`<div part="loading" class="loading" role="status" aria-busy="true">
        <span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${ui.loading}</span>
      </div>`;
    }
    const { session, timer } = view;
    const prompt = session.current;
    if (prompt.kind === 'result') {
      return html`<charge-troubleshooter-result
        exportparts=${RESULT_PARTS.join(', ')}
        .prompt=${prompt}
        .summary=${session.summary()}
        .returnUrl=${this.returnUrl}
        .locale=${tag}
        .words=${ui}
        @restart=${this.#onRestart}
      ></charge-troubleshooter-result>`;
    }
    return html`<charge-troubleshooter-step
      exportparts=${STEP_PARTS.join(', ')}
      .prompt=${prompt}
      .stepNumber=${session.history.length + 1}
      .minutesLeft=${session.minutesLeft}
      .canGoBack=${session.history.length > 0}
      .timerStartedAt=${timer?.promptId === prompt.id ? timer.startedAt : undefined}
      .timerPersists=${this.persist}
      .locale=${tag}
      .words=${ui}
      .clock=${this.clock}
      @ct-answer=${this.#onAnswer}
      @back=${this.#onBack}
      @timer-start=${this.#onTimerStart}
    ></charge-troubleshooter-step>`;
  }

  /** The language to speak, as a tag: the `locale` attribute, else the page's, else the browser's, else English. */
  #targetTag(): string | Error {
    const available = availableLocales();
    if (this.locale) {
      const match = bestMatch(this.locale, available);
      return (
        match ??
        new Error(`The language "${this.locale}" is not available (available: ${available.join(', ')}); add it with registerLocale().`)
      );
    }
    const page = this.closest('[lang]')?.getAttribute('lang');
    return matchLocale([page, ...navigator.languages], available);
  }

  /** A fresh (or, with `persist`, resumed) session from the current inputs; never throws. */
  #start(): void {
    this.#unsubscribe?.();
    const tag = this.#targetTag();
    const language = tag instanceof Error ? Promise.reject(tag) : localeFor(tag);
    const controller = createController({
      knowledgeBase:
        this.knowledgeBase ?? fetchKnowledgeBase(this.src ? new URL(this.src, document.baseURI).href : DEFAULT_KNOWLEDGE_BASE_URL),
      locale: language,
      ...(this.device ? { device: this.device } : {}),
      ...(this.purchaseDate ? { purchaseDate: this.purchaseDate } : {}),
      ...(this.returnDays !== undefined && this.returnDays !== null ? { returnDays: this.returnDays } : {}),
      ...(this.region ? { region: this.region } : {}),
      ...(this.legalGuaranteeMonths !== undefined && this.legalGuaranteeMonths !== null
        ? { legalGuaranteeMonths: this.legalGuaranteeMonths }
        : {}),
      ...(this.persist ? { store: localStore(storageKey(this.device || undefined)) } : {}),
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
    const tag = this.#targetTag();
    if (controller === undefined || controller.state.status !== 'ready' || tag instanceof Error) {
      this.#start();
      return;
    }
    const language = localeFor(tag);
    this.#loading = Promise.all([
      controller.setLocale(language),
      this.#speakWhenLoaded(controller, language).catch((error: unknown) =>
        this.#onChange({ status: 'error', message: (error as Error).message, error }),
      ),
    ]);
  }

  #onChange = (view: ControllerState): void => {
    this.view = view;
    if (view.status === 'error') {
      this.emit('ct-error', { message: view.message, ...(view.problems ? { problems: view.problems } : {}) });
      return;
    }
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
    if (prompt.kind === 'result') this.emit('ct-result', { prompt, summary: session.summary() });
  }

  #onAnswer = (event: CustomEvent<CtAnswerDetail>): void => {
    event.stopPropagation(); // fired again from the widget itself, once the session has moved on
    const { promptId, optionId } = event.detail;
    const controller = this.#controller;
    if (controller?.state.status !== 'ready') return;
    this.emit('ct-answer', { promptId, optionId });
    controller.answer(optionId);
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
    this.#controller?.restart();
    this.#showShopperMove();
  };

  #onOpen = (): void => {
    this.#focusPromptAfterUpdate = true;
    this.requestUpdate();
  };
}
