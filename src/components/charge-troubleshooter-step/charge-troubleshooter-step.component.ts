import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { formatMessage } from '../../core/index.js';
import { CtElement } from '../shared/ct-element.js';
import type { StepPrompt } from '../shared/events.js';
import { plural, uiMessages } from '../shared/i18n.js';
import { tokens } from '../shared/tokens.styles.js';
import { stepStyles } from './charge-troubleshooter-step.styles.js';

const backArrow = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * @tagname charge-troubleshooter-step
 * @summary One question or action of a troubleshooting session, with a real button per answer.
 *
 * @event ct-answer - An answer button was pressed: `{ promptId, optionId }`.
 * @event ct-back - The Back control was pressed: `{ promptId }`.
 * @event ct-timer-start - The waiting timer of an action was started: `{ promptId, startedAt }`.
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
  /** When the action's waiting timer was started (ms since the epoch), if it was. */
  @property({ type: Number, attribute: 'timer-started-at' }) timerStartedAt?: number;
  /** Says that the timer survives leaving the page (the widget persists it). */
  @property({ type: Boolean, attribute: 'timer-persists' }) timerPersists = false;
  /** The language of the element's own words and numbers (a loaded language, else English). */
  @property() locale = 'en';

  @state() private now = Date.now();
  @query('h2') private heading?: HTMLElement;
  #ticker: ReturnType<typeof setInterval> | undefined;

  /** Moves focus to the heading, for a prompt that replaced the one the shopper was on. */
  focusHeading(): void {
    this.heading?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTicking();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('timerStartedAt') || changed.has('prompt')) {
      this.#stopTicking();
      if (this.#timerRunning())
        this.#ticker = setInterval(() => {
          this.now = Date.now();
          if (!this.#timerRunning()) this.#stopTicking();
        }, 1000);
    }
  }

  protected override render(): TemplateResult {
    const prompt = this.prompt;
    if (!prompt) return html``;
    const words = uiMessages(this.locale);
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
    const words = uiMessages(this.locale);
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
    return wait !== undefined && this.timerStartedAt !== undefined && this.timerStartedAt + wait * 60_000 > Date.now();
  }

  #stopTicking(): void {
    clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  #choose = (event: Event): void => {
    this.emit('ct-answer', { promptId: this.prompt!.id, optionId: (event.currentTarget as HTMLButtonElement).value });
  };

  #back = (): void => {
    this.emit('ct-back', { promptId: this.prompt!.id });
  };

  #startTimer = (): void => {
    const startedAt = Date.now();
    this.timerStartedAt = startedAt;
    this.now = startedAt;
    this.emit('ct-timer-start', { promptId: this.prompt!.id, startedAt });
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
