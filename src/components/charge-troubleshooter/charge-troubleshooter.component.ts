import type { PropertyValues, TemplateResult } from 'lit';
import { type Clock, DEFAULT_KEEP_DAYS, type KnowledgeBase, realClock, type Shop } from '../../core/index.js';
import type { LauncherSize } from '../charge-troubleshooter-launcher/charge-troubleshooter-launcher.component.js';
import { CtElement } from '../shared/ct-element.js';
import { property } from '../shared/reactive.js';
import { tokens } from '../shared/tokens.styles.js';
import { accessoriesJson, launcherMode } from './attribute-converters.js';
import { widgetStyles } from './charge-troubleshooter.styles.js';
import { LauncherDialog } from './launcher-dialog.js';
import { PendingWork } from './pending-work.js';
import { PromptFocus } from './prompt-focus.js';
import { SESSION_INPUTS } from './session-options.js';
import { WidgetSession } from './widget-session.js';
import { renderPanel } from './widget-view.js';

/**
 * @tagname charge-troubleshooter
 * @summary Walks a shopper through a wireless headphone or speaker that won't charge, and ends in
 * fixed, a safety stop, a return, a warranty claim, a legal remedy, a repair or a replacement.
 *
 * @event ct-step - A prompt is shown after something the shopper did: `{ prompt, stepNumber }`.
 * @event ct-answer - The shopper answered: `{ promptId, optionId }`.
 * @event ct-result - The session reached a result: `{ prompt, summary, record }` (`record`: the outcome record to log).
 * @event ct-abandon - The shopper left before a result, after answering (page hidden or closed, Start over): `{ record, recordJson }`, `record.outcome` "abandoned".
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
 * @csspart meta - The time the rest usually takes, waits included.
 * @csspart longer - Why that time went up: the step just tried did not fix it.
 * @csspart at-most - The disclosure with how long it takes at most.
 * @csspart at-most-toggle - The control that opens it.
 * @csspart body - A question's explanation, a result's text.
 * @csspart picture - A step's picture.
 * @csspart instructions - An action's numbered steps.
 * @csspart timer - A waiting action's timer.
 * @csspart timer-start - The button that starts the timer.
 * @csspart search - The device picker's search, past 30 products: label, box, how many match.
 * @csspart search-label - The search box's label.
 * @csspart search-input - The search box.
 * @csspart search-status - How many products match, announced politely.
 * @csspart search-more - How many of the matches are shown: type to narrow the list.
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
 * @csspart action - The knowledge base's own way on (a recall's page), as the main button.
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
 * @cssproperty --ct-color-accent - Primary buttons, links, the launcher, Back, the progress bar. Light #0b57d0, dark #a8c7fa. Any brand colour: darkened (light) or lightened (dark) only as far as 3:1 as a fill or border and 4.5:1 as text need.
 * @cssproperty --ct-color-on-accent - Text on the accent colour. Light #ffffff, dark #062e6f; with a brand accent, black or white, whichever contrasts more.
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
  /** The shop's online returns page: a refund's main button, and the refund is worded for an online return. */
  @property({ attribute: 'return-url' }) returnUrl?: string;
  /** The shop's page for a new one: a replacement's main button (else the `accessories` page for the likely cause). */
  @property({ attribute: 'replace-url' }) replaceUrl?: string;
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
  @property({ converter: accessoriesJson }) accessories?: Shop['accessories'] | SyntaxError;
  /** Origins the knowledge base's https: images may come from (`https://cdn.shop.example`, space-separated); relative ones need none. */
  @property({ attribute: 'image-origins' }) imageOrigins?: string;
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
   * The one clock the widget counts by: its local date is the session's today (what the product's age
   * is counted to); it dates saved progress, runs the wait timer and the `src` load timeout. The real
   * one unless a test or a demo passes its own `Clock`; a bare `() => number` sets the time alone.
   */
  @property({ attribute: false }) clock: Clock | (() => number) = realClock;

  readonly #work = new PendingWork();
  readonly #focus = new PromptFocus(this, this.#work);
  readonly #session = new WidgetSession(this, (name, detail) => this.emit(name, detail), this.#work, this.#focus);
  readonly #dialog = new LauncherDialog(this, this.#session, this.#focus, (name, detail) => this.emit(name, detail));

  /** Starts over: forgets the saved progress and shows the first prompt. */
  restart(): void {
    this.#session.restart();
  }

  /** Launcher mode: opens the dialog. Inline: brings the widget into view and puts focus on its heading. */
  open(): Promise<void> {
    return this.#dialog.open();
  }

  /** Launcher mode: closes the dialog; focus goes back to the launcher button. */
  close(): void {
    this.#dialog.close();
  }

  /**
   * Resolves once the widget shows what it is loading (a knowledge base, a language) or an error, and
   * focus is on what the shopper's doing led to.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#work.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SESSION_INPUTS.some((input) => changed.has(input))) this.#session.start();
    else if (changed.has('locale')) this.#session.switchLanguage();
  }

  protected override render(): TemplateResult {
    const { returnUrl, persist, clock } = this;
    const panel = renderPanel({ session: this.#session, returnUrl, persist, clock, retry: () => this.restart(), done: this.#done });
    return this.#dialog.wrap(panel);
  }

  /** "Done": the session is over; a dialog closes. */
  #done = (): void => {
    this.#session.done();
    if (this.launcher) this.close();
  };
}
