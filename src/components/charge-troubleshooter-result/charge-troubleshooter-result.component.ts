import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ResultPrompt } from '../../core/index.js';
import { englishUi } from '../../locales/en.js';
import type { UiMessages } from '../../locales/types.js';
import { CtElement } from '../shared/ct-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { resultStyles } from './charge-troubleshooter-result.styles.js';
import { copyText } from './clipboard.js';

/** The parts it exposes for `::part()`; the widget forwards them. */
export const RESULT_PARTS = [
  'result',
  'title',
  'body',
  'causes',
  'links',
  'link',
  'actions',
  'return',
  'primary',
  'copy',
  'email',
  'restart',
  'summary',
] as const;

/**
 * @tagname charge-troubleshooter-result
 * @summary The end of a troubleshooting session: what it means, the likely causes and where to go next.
 *
 * @event restart - "Start over" was pressed (on the element only: it does not bubble).
 *
 * @csspart result - The result's container (an urgent alert for a safety stop).
 * @csspart title - The heading.
 * @csspart body - The explanation.
 * @csspart causes - The list of likely causes.
 * @csspart links - The list of next-step links.
 * @csspart link - Each next-step link.
 * @csspart actions - The row of buttons.
 * @csspart return - The "Start a return" link of a refund result, when the shop gave its returns page.
 * @csspart copy - The "Copy summary" button.
 * @csspart primary - The main action: "Start a return" when there is one, else "Copy summary".
 * @csspart email - The "Email support" link.
 * @csspart restart - The "Start over" button.
 * @csspart summary - The summary text shown when copying is blocked.
 */
export class ChargeTroubleshooterResult extends CtElement {
  static override styles = [tokens, resultStyles];

  /** The result to show. */
  @property({ attribute: false }) prompt?: ResultPrompt;
  /** The plain-text summary to copy or email. */
  @property() summary = '';
  /** The shop's returns page, offered on a refund result. Only http(s) URLs are used. */
  @property({ attribute: 'return-url' }) returnUrl?: string;
  /** The language tag of its numbers. */
  @property() locale = 'en';
  /** Its own words in that language (`loadLocale(tag).ui`); English by default. */
  @property({ attribute: false }) words: UiMessages = englishUi;

  @state() private copyState: 'idle' | 'copied' | 'blocked' = 'idle';
  @query('h2') private heading?: HTMLElement;

  /** Moves focus to the heading, for a result that replaced the step the shopper was on. */
  focusHeading(): void {
    this.heading?.focus();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('prompt') || changed.has('summary')) this.copyState = 'idle';
  }

  protected override render(): TemplateResult {
    const prompt = this.prompt;
    if (!prompt) return html``;
    const words = this.words;
    const percent = new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 });
    const safety = prompt.outcome === 'safety-stop';
    const returnLink = prompt.outcome === 'refund' ? webLink(this.returnUrl) : undefined;
    return html`
      <section part="result" class="result ${prompt.outcome}" role=${safety ? 'alert' : nothing} aria-labelledby="title">
        <h2 id="title" part="title" tabindex="-1">
          ${safety ? html`<span class="badge" aria-hidden="true">!</span>` : nothing}<span dir="auto">${prompt.title}</span>
        </h2>
        <div part="body" class="body">${prompt.body.split(/\n{2,}/).map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}</div>
        ${
          prompt.causes.length > 0
            ? html`<h3>${words.likelyCauses}</h3>
              <ul part="causes" class="causes">
                ${prompt.causes.map(
                  (cause) =>
                    html`<li><span dir="auto">${cause.label}</span><span class="probability">${percent.format(cause.probability)}</span></li>`,
                )}
              </ul>`
            : nothing
        }
        ${
          prompt.links.length > 0
            ? html`<h3>${words.nextSteps}</h3>
              <ul part="links">
                ${prompt.links.map(
                  (link) => html`<li><a part="link" href=${link.href} target="_blank" rel="noopener noreferrer"
                    ><span dir="auto">${link.label}</span><span class="visually-hidden"> ${words.opensInNewTab}</span></a></li>`,
                )}
              </ul>`
            : nothing
        }
        <div part="actions" class="actions">
          ${returnLink ? html`<a part="return primary" class="button primary" href=${returnLink}>${words.startReturn}</a>` : nothing}
          <button part=${returnLink ? 'copy' : 'copy primary'} class=${returnLink ? '' : 'primary'} type="button" @click=${this.#copy}>${words.copySummary}</button>
          ${
            prompt.supportEmail
              ? html`<a part="email" class="button" href=${mailto(prompt.supportEmail, words.emailSubject, this.summary)}>${words.emailSupport}</a>`
              : nothing
          }
          <button part="restart" type="button" @click=${this.#restart}>${words.startOver}</button>
        </div>
        <p role="status" class="status">${this.copyState === 'copied' ? words.copied : this.copyState === 'blocked' ? words.copyFallback : ''}</p>
        ${
          this.copyState === 'blocked'
            ? html`<label class="visually-hidden" for="summary">${words.summaryLabel}</label>
              <textarea id="summary" part="summary" readonly .value=${this.summary}></textarea>`
            : nothing
        }
      </section>
    `;
  }

  #copy = async (): Promise<void> => {
    this.copyState = (await copyText(this.summary)) ? 'copied' : 'blocked';
    await this.updateComplete;
    // The fallback text is selected, so one "copy" by the shopper finishes the job.
    this.renderRoot.querySelector('textarea')?.select();
  };

  #restart = (): void => {
    this.dispatchEvent(new Event('restart'));
  };
}

/** An absolute http(s) URL for `href`, resolved against the page; anything else (javascript:, data:) is dropped. */
function webLink(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function mailto(address: string, subject: string, summary: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(summary)}`;
}
