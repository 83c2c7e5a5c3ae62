import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { formatMessage } from '../../core/format.js';
import type { ActionPrompt, QuestionPrompt } from '../../core/index.js';
import { englishUi } from '../../locales/en.js';
import type { UiMessages } from '../../locales/types.js';
import { CtElement } from '../shared/ct-element.js';
import { plural } from '../shared/languages.js';
import { tokens } from '../shared/tokens.styles.js';
import { stepStyles } from './charge-troubleshooter-step.styles.js';

/** A prompt the step element shows: a question or an action. */
export type StepPrompt = QuestionPrompt | ActionPrompt;

/** The parts it exposes for `::part()`; the widget forwards them. */
export const STEP_PARTS = [
  'step',
  'progress',
  'title',
  'meta',
  'body',
  'instructions',
  'timer',
  'timer-start',
  'options',
  'option',
  'primary',
  'back',
] as const;

/** The step's own events for the element that shows it: they neither bubble nor leave the shadow root. */
export type StepBackEvent = CustomEvent<{ promptId: string }>;
export type StepTimerStartEvent = CustomEvent<{ promptId: string }>;

const backArrow = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * @tagname charge-troubleshooter-step
 * @summary One question or action of a troubleshooting session, with a real button per answer.
 *
 * @event ct-answer - An answer button was pressed: `{ promptId, optionId }`.
 * @event back - The Back control was pressed: `{ promptId }` (on the element only: it does not bubble).
 * @event timer-start - The shopper started an action's wait timer: `{ promptId }` (on the element only).
 *
 * @csspart step - The step's container.
 * @csspart progress - "Step n" in the heading.
 * @csspart title - The heading.
 * @csspart meta - The minutes of steps left.
 * @csspart body - A question's explanation.
 * @csspart instructions - An action's numbered steps.
 * @csspart timer - The waiting timer of an action.
 * @csspart timer-start - The button that starts the timer.
 * @csspart options - The group of answer buttons.
 * @csspart option - Each answer button (the first answer of an action is also `option primary`).
 * @csspart primary - The first answer of an action, the one most shoppers choose.
 * @csspart back - The Back control.
 */
export class ChargeTroubleshooterStep extends CtElement {
  static override styles = [tokens, stepStyles];

  /** The question or action to show. */
  @property({ attribute: false }) prompt?: StepPrompt;
  /** Shown as "Step n" in the heading. */
  @property({ type: Number, attribute: 'step-number' }) stepNumber = 1;
  /** Expected minutes of the steps still to come; hidden below one minute. */
  @property({ type: Number, attribute: 'minutes-left' }) minutesLeft = 0;
  /** Shows the Back control. */
  @property({ type: Boolean, attribute: 'can-go-back' }) canGoBack = false;
  /** When the action's waiting timer was started (ms since the epoch, by `clock`), if it was. */
  @property({ type: Number, attribute: 'timer-started-at' }) timerStartedAt?: number;
  /** Says that the timer survives leaving the page (the widget persists it). */
  @property({ type: Boolean, attribute: 'timer-persists' }) timerPersists = false;
  /** The language tag of its numbers. */
  @property() locale = 'en';
  /** Its own words in that language (`loadLocale(tag).ui`); English by default. */
  @property({ attribute: false }) words: UiMessages = englishUi;
  /** The clock the timer counts by. */
  @property({ attribute: false }) clock: () => number = Date.now;

  @state() private now = 0;
  @query('h2') private heading?: HTMLElement;
  #ticker: ReturnType<typeof setInterval> | undefined;

  /** Moves focus to the heading, for a prompt that replaced the one the shopper was on. */
  focusHeading(): void {
    this.heading?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#tickIfRunning(); // a timer that was running when the element left the page goes on
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTicking();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.now = this.clock();
    if (changed.has('timerStartedAt') || changed.has('prompt') || changed.has('clock')) this.#tickIfRunning();
  }

  #tickIfRunning(): void {
    this.#stopTicking();
    if (this.isConnected && this.#timerRunning()) {
      this.#ticker = setInterval(() => {
        this.now = this.clock();
        if (!this.#timerRunning()) this.#stopTicking();
      }, 1000);
    }
  }

  protected override render(): TemplateResult {
    const prompt = this.prompt;
    if (!prompt) return html``;
    const words = this.words;
    const minutes = Math.round(this.minutesLeft);
    return html`
      <section part="step" class="step" aria-labelledby="title">
        <h2 id="title" part="title" tabindex="-1">
          <span part="progress" class="eyebrow">${formatMessage(words.step, { n: this.stepNumber })}<span class="visually-hidden">:</span></span>
          <span dir="auto">${prompt.title}</span>
        </h2>
        ${minutes >= 1 ? html`<p part="meta" class="meta">${plural(this.locale, words.minutesLeft, minutes)}</p>` : nothing}
        ${prompt.kind === 'question' && prompt.body ? html`<p part="body" dir="auto">${prompt.body}</p>` : nothing}
        ${
          prompt.kind === 'action'
            ? html`<ol part="instructions">${prompt.steps.map((step) => html`<li dir="auto">${step}</li>`)}</ol>
              ${prompt.waitMinutes ? this.#renderTimer(prompt.waitMinutes) : nothing}`
            : nothing
        }
        <div part="options" class="options" role="group" aria-labelledby="title">
          ${prompt.options.map(
            (option, i) => html`<button
              part=${prompt.kind === 'action' && i === 0 ? 'option primary' : 'option'}
              class=${prompt.kind === 'action' && i === 0 ? 'primary' : ''}
              type="button"
              value=${option.id}
              @click=${this.#choose}
            ><span dir="auto">${option.label}</span></button>`,
          )}
        </div>
        ${
          this.canGoBack
            ? html`<button part="back" class="back" type="button" @click=${this.#back}>${backArrow}${words.back}</button>`
            : nothing
        }
      </section>
    `;
  }

  #renderTimer(waitMinutes: number): TemplateResult {
    const words = this.words;
    if (this.timerStartedAt === undefined) {
      return html`<div part="timer" class="timer">
        <button part="timer-start" type="button" @click=${this.#startTimer}>${formatMessage(words.startTimer, { duration: minutesText(this.locale, waitMinutes) })}</button>
        <p class="meta">${words.timerHint}${this.timerPersists ? ` ${words.timerKeepsCounting}` : ''}</p>
      </div>`;
    }
    const left = Math.max(0, this.timerStartedAt + waitMinutes * 60_000 - this.now);
    return html`<div part="timer" class="timer">
      ${
        left > 0
          ? html`<p role="timer" class="clock">${formatMessage(words.timerLeft, { clock: clock(left) })}</p>`
          : html`<p role="status" class="clock">${words.timerDone}</p>`
      }
      <p class="meta">${words.timerHint}${this.timerPersists ? ` ${words.timerKeepsCounting}` : ''}</p>
    </div>`;
  }

  #timerRunning(): boolean {
    const wait = this.prompt?.kind === 'action' ? this.prompt.waitMinutes : undefined;
    return wait !== undefined && this.timerStartedAt !== undefined && this.timerStartedAt + wait * 60_000 > this.clock();
  }

  #stopTicking(): void {
    clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  #choose = (event: Event): void => {
    this.emit('ct-answer', { promptId: this.prompt!.id, optionId: (event.currentTarget as HTMLButtonElement).value });
  };

  #back = (): void => {
    this.dispatchEvent(new CustomEvent('back', { detail: { promptId: this.prompt!.id } }));
  };

  #startTimer = (): void => {
    this.dispatchEvent(new CustomEvent('timer-start', { detail: { promptId: this.prompt!.id } }));
  };
}

function minutesText(locale: string, minutes: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

/** "29:41" from milliseconds, rounding up so the clock never shows 0:00 early. */
function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(hours > 0 ? 2 : 1, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}
