import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  type ActionPrompt,
  type Clock,
  formatDuration,
  formatMessage,
  type QuestionPrompt,
  realClock,
  type TimeLeft,
  toClock,
} from '../../core/index.js';
import { englishUi } from '../../locales/en.js';
import type { UiMessages } from '../../locales/types.js';
import { CtElement } from '../shared/ct-element.js';
import type { CtAnswerDetail } from '../shared/events.js';
import { linkList } from '../shared/page-link.js';
import { Pictures } from '../shared/picture.js';
import { property, query, state } from '../shared/reactive.js';
import { tokens } from '../shared/tokens.styles.js';
import { AnswerList } from './answer-list.js';
import { stepStyles } from './charge-troubleshooter-step.styles.js';
import { timeLeftView } from './time-left-view.js';

/** A prompt the step element shows: a question or an action. */
export type StepPrompt = QuestionPrompt | ActionPrompt;

/** The parts it exposes for `::part()`; the widget forwards them. */
export const STEP_PARTS = [
  'step',
  'progress',
  'progress-bar',
  'title',
  'meta',
  'longer',
  'at-most',
  'at-most-toggle',
  'body',
  'links',
  'link',
  'picture',
  'instructions',
  'timer',
  'timer-start',
  'search',
  'search-label',
  'search-input',
  'search-status',
  'search-more',
  'options',
  'group',
  'option',
  'swatch',
  'primary',
  'back',
  'start-over',
] as const;

/** The step's own events for the element that shows it: they neither bubble nor leave the shadow root. */
export type StepBackEvent = CustomEvent<{ promptId: string }>;
export type StepTimerStartEvent = CustomEvent<{ promptId: string }>;
/**
 * Fired before `ct-answer`, cancelable: an owner that cancels it announces the answer itself, so the
 * page hears one `ct-answer` per answer, from the element the page knows (the widget does this).
 */
export type StepAnswerEvent = CustomEvent<CtAnswerDetail>;

const backArrow = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * @tagname charge-troubleshooter-step
 * @summary One question or action of a troubleshooting session, with a real button per answer.
 *
 * @event ct-answer - An answer button was pressed: `{ promptId, optionId }`; not fired when the owner cancelled `answer`.
 * @event answer - An answer button was pressed, for the owner (on the element only, cancelable): `preventDefault()` to announce it yourself.
 * @event back - The Back control was pressed: `{ promptId }` (on the element only: it does not bubble).
 * @event timer-start - The shopper started an action's wait timer: `{ promptId }` (on the element only).
 * @event restart - "Start over" was pressed (on the element only).
 *
 * @csspart step - The step's container.
 * @csspart progress - "Step n" in the heading.
 * @csspart progress-bar - How far along the session is (a `<progress>` that never goes back).
 * @csspart title - The heading.
 * @csspart meta - The time the rest usually takes, waits included.
 * @csspart longer - Why that time went up: the step just tried did not fix it (inside `meta`).
 * @csspart at-most - The disclosure (a `<details>`) with how long it takes at most, every likely step needed.
 * @csspart at-most-toggle - Its `<summary>`, the control that opens it.
 * @csspart body - A question's explanation, or what is said with an action (the return still open).
 * @csspart links - The pages a question points to (a recall's checker).
 * @csspart link - Each of them.
 * @csspart picture - The step's picture: where to look or what to press.
 * @csspart instructions - An action's numbered steps.
 * @csspart timer - The waiting timer of an action.
 * @csspart timer-start - The button that starts the timer.
 * @csspart search - A long list's search (a retailer's catalogue in the device picker): label, box, how many match.
 * @csspart search-label - The search box's label.
 * @csspart search-input - The search box.
 * @csspart search-status - How many answers match, announced politely.
 * @csspart search-more - How many of the matches are shown: type to narrow the list.
 * @csspart options - The answer buttons.
 * @csspart group - A group of answers under a heading (the device picker's brands).
 * @csspart option - Each answer button (the first answer of an action is also `option primary`).
 * @csspart swatch - The colour an answer is about (a charging light's).
 * @csspart primary - The first answer of an action, the one most shoppers choose.
 * @csspart back - The Back control.
 * @csspart start-over - "Start over", from any step after the first.
 */
export class ChargeTroubleshooterStep extends CtElement {
  static override styles = [tokens, stepStyles];

  /** The question or action to show. */
  @property({ attribute: false }) prompt?: StepPrompt;
  /** Shown as "Step n" in the heading. */
  @property({ type: Number, attribute: 'step-number' }) stepNumber = 1;
  /** How far along the session is, 0 to 1, shown as a bar. */
  @property({ type: Number }) progress = 0;
  /** The session's `timeLeft`: the usual time shown (hidden under a minute), the most behind a disclosure. */
  @property({ attribute: false }) timeLeft: TimeLeft = { expected: 0, mostlyWaiting: false, upTo: 0, handsOn: 0, waiting: 0 };
  /** Shows Back and "Start over". */
  @property({ type: Boolean, attribute: 'can-go-back' }) canGoBack = false;
  /** When the action's waiting timer was started (ms since the epoch, by `clock`), if it was. */
  @property({ type: Number, attribute: 'timer-started-at' }) timerStartedAt?: number;
  /** Says that the timer survives leaving the page (the widget persists it). */
  @property({ type: Boolean, attribute: 'timer-persists' }) timerPersists = false;
  /** The language tag of its numbers. */
  @property() locale = 'en';
  /** Its own words in that language (`loadLocale(tag).ui`); English by default. */
  @property({ attribute: false }) words: UiMessages = englishUi;
  /** The clock the timer counts and ticks by (a bare time source ticks on real timers). */
  @property({ attribute: false }) clock: Clock | (() => number) = realClock;

  @state() private now = 0;
  @query('h2') private heading?: HTMLElement;
  /** Cancels the next tick, while the timer runs. */
  #cancelTick: (() => void) | undefined;
  readonly #pictures = new Pictures();
  readonly #answers = new AnswerList(this);

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
    this.now = toClock(this.clock).now();
    if (changed.has('timerStartedAt') || changed.has('prompt') || changed.has('clock')) this.#tickIfRunning();
  }

  /** Ticks when the shown second changes, on the element's clock, until the time is up. */
  #tickIfRunning(): void {
    this.#stopTicking();
    const left = this.#timeLeft();
    if (!this.isConnected || left <= 0) return;
    const clock = toClock(this.clock);
    // The display rounds up, so it changes when what is left crosses a whole second.
    this.#cancelTick = clock.after(left % 1000 || 1000, () => {
      this.now = clock.now();
      this.#tickIfRunning();
    });
  }

  protected override render(): TemplateResult {
    const prompt = this.prompt;
    if (!prompt) return html``;
    const words = this.words;
    return html`
      <section part="step" class="step" aria-labelledby="title">
        <h2 id="title" part="title" tabindex="-1">
          <span part="progress" class="eyebrow">${formatMessage(words.step, { n: this.stepNumber })}<span class="visually-hidden">:</span></span>
          <span dir="auto">${prompt.title}</span>
        </h2>
        <progress part="progress-bar" max="100" .value=${Math.round(this.progress * 100)} aria-label=${words.progress}></progress>
        ${timeLeftView(this.timeLeft, this.locale, words)}
        ${prompt.body ? html`<p part="body" dir="auto">${prompt.body}</p>` : nothing}
        ${linkList(prompt.kind === 'question' ? prompt.links : undefined, this)}
        ${this.#pictures.show(prompt.image, `prompt:${prompt.id}`)}
        ${
          prompt.kind === 'action'
            ? html`<ol part="instructions">${prompt.steps.map((step) => html`<li dir="auto">${step}</li>`)}</ol>
              ${prompt.waitMinutes ? this.#renderTimer(prompt.waitMinutes) : nothing}`
            : nothing
        }
        ${this.#answers.render(prompt, words, this.locale, this.#button)}
        ${
          this.canGoBack
            ? html`<div class="footer">
              <button part="back" class="back" type="button" @click=${this.#back}>${backArrow}${words.back}</button>
              <button part="start-over" class="start-over" type="button" @click=${this.#restart}>${words.startOver}</button>
            </div>`
            : nothing
        }
      </section>
    `;
  }

  /** One answer's button, with its picture or colour; `shown` is its visible text when shorter than its label. */
  #button = (option: StepPrompt['options'][number], primary: boolean, shown = option.label): TemplateResult =>
    html`<button
      part=${primary ? 'option primary' : 'option'}
      class=${primary ? 'primary' : ''}
      type="button"
      value=${option.id}
      data-prompt=${this.prompt!.id}
      aria-label=${shown === option.label ? nothing : option.label}
      @click=${this.#choose}
    >${this.#pictures.show(option.image, `option:${this.prompt!.id}:${option.id}`, true)}${
      // A presentation attribute, not a style: a strict CSP allows it.
      option.swatch
        ? html`<svg part="swatch" class="swatch" viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill=${option.swatch} stroke="currentColor" stroke-opacity="0.4" /></svg>`
        : nothing
    }<span class=${shown === option.label ? '' : 'shortened'} dir="auto">${shown}</span></button>`;

  #renderTimer(waitMinutes: number): TemplateResult {
    const words = this.words;
    return html`<div part="timer" class="timer">
      ${this.#renderTimerState(waitMinutes)}
      <p class="meta">${words.timerHint}${this.timerPersists ? ` ${words.timerKeepsCounting}` : ''}</p>
    </div>`;
  }

  /** Before the wait: what it is and the button to start it; during it: the time left; after it: done. */
  #renderTimerState(waitMinutes: number): TemplateResult {
    const words = this.words;
    if (this.timerStartedAt === undefined) {
      const duration = formatDuration(this.locale, waitMinutes);
      return html`<p>${formatMessage(words.waitAhead, { duration })}</p>
        <button part="timer-start" type="button" @click=${this.#startTimer}>${formatMessage(words.startTimer, { duration })}</button>`;
    }
    const left = Math.max(0, this.timerStartedAt + waitMinutes * 60_000 - this.now);
    return left > 0
      ? html`<p role="timer" class="clock">${formatMessage(words.timerLeft, { clock: clock(left) })}</p>`
      : html`<p role="status" class="clock">${words.timerDone}</p>`;
  }

  /** Milliseconds of the running wait timer still to go; 0 when none runs. */
  #timeLeft(): number {
    const wait = this.prompt?.kind === 'action' ? this.prompt.waitMinutes : undefined;
    if (wait === undefined || this.timerStartedAt === undefined) return 0;
    return Math.max(0, this.timerStartedAt + wait * 60_000 - toClock(this.clock).now());
  }

  #stopTicking(): void {
    this.#cancelTick?.();
    this.#cancelTick = undefined;
  }

  /** The answer for the prompt the button was drawn for, even if a newer one is on its way. */
  #choose = (event: Event): void => {
    const button = event.currentTarget as HTMLButtonElement;
    const detail: CtAnswerDetail = { promptId: button.dataset.prompt ?? this.prompt!.id, optionId: button.value };
    const forOwner: StepAnswerEvent = new CustomEvent('answer', { detail, cancelable: true });
    if (this.dispatchEvent(forOwner)) this.emit('ct-answer', detail);
  };

  #back = (): void => {
    this.dispatchEvent(new CustomEvent('back', { detail: { promptId: this.prompt!.id } }));
  };

  #restart = (): void => {
    this.dispatchEvent(new Event('restart'));
  };

  #startTimer = (): void => {
    this.dispatchEvent(new CustomEvent('timer-start', { detail: { promptId: this.prompt!.id } }));
  };
}

/** "29:41" from milliseconds, rounding up so the clock never shows 0:00 early. */
function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(hours > 0 ? 2 : 1, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}
