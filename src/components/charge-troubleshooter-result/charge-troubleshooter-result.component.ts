import { html, nothing, type TemplateResult } from 'lit';
import { type Contact, formatMessage, OUTCOME_KINDS, type PageLink, type ResultPrompt } from '../../core/index.js';
import { englishUi } from '../../locales/en.js';
import { englishCore } from '../../locales/en-core.js';
import type { CoreMessages, UiMessages } from '../../locales/types.js';
import { CtElement } from '../shared/ct-element.js';
import type { HandoffKind } from '../shared/events.js';
import { newTabLink } from '../shared/page-link.js';
import { property, query, state } from '../shared/reactive.js';
import { tokens } from '../shared/tokens.styles.js';
import { safeLink, webLink } from '../shared/web-link.js';
import { resultStyles } from './charge-troubleshooter-result.styles.js';
import { copyText } from './clipboard.js';

/** The parts it exposes for `::part()`; the widget forwards them. */
export const RESULT_PARTS = [
  'result',
  'title',
  'body',
  'steps',
  'ready',
  'links',
  'link',
  'actions',
  'primary',
  'done',
  'return',
  'claim',
  'action',
  'accessory',
  'contacts',
  'contact',
  'email',
  'phone',
  'copy',
  'restart',
  'why',
  'causes',
  'summary',
] as const;

type MainWay = 'done' | 'action' | 'return' | 'claim' | 'contact' | 'copy' | 'restart';

/** The result's own events for the element that shows it: they neither bubble nor leave the shadow root. */
export type ResultHandoffEvent = CustomEvent<{ kind: HandoffKind }>;

/**
 * @tagname charge-troubleshooter-result
 * @summary The end of a troubleshooting session: what it means, what to do now, who can help, and why.
 *
 * @event restart - "Start over" was pressed (on the element only: it does not bubble).
 * @event done - "Done" was pressed on a resolved result (on the element only).
 * @event handoff - The shopper took a way on: `{ kind }`, one of email, phone, link, copy, return, claim (on the element only).
 *
 * @csspart result - The result's container (an urgent alert for a safety stop).
 * @csspart title - The heading.
 * @csspart body - The explanation.
 * @csspart steps - A safety stop's numbered actions.
 * @csspart ready - What a warranty claim asks for.
 * @csspart links - The list of pages worth reading next (a recall notice, warranty terms).
 * @csspart link - Each of those pages.
 * @csspart actions - The buttons.
 * @csspart primary - The main way on: Done, Start a return, the claim page, or the first contact.
 * @csspart done - "Done" on a resolved result.
 * @csspart return - "Start a return" on a refund result, when the shop gave its returns page.
 * @csspart claim - The maker's warranty-claim page.
 * @csspart action - The knowledge base's own way on (a recall's page), as the main button.
 * @csspart accessory - The shop's page for the part that fixed it (a new cable).
 * @csspart contacts - The ways to reach the shop and the maker.
 * @csspart contact - Each of them (also `email`, `phone` or `link` by kind).
 * @csspart email - An email contact: the summary goes in the message.
 * @csspart phone - A phone contact.
 * @csspart copy - "Copy summary".
 * @csspart restart - "Start over".
 * @csspart why - The "Why this result?" disclosure.
 * @csspart causes - The likely causes inside it, in words.
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
  /** The core's words in that language, for the chances of the causes. */
  @property({ attribute: false }) coreWords: CoreMessages = englishCore;

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
    const safety = prompt.outcome === 'safety-stop';
    const main = this.#mainWay(prompt);
    return html`
      <section part="result" class="result ${prompt.outcome}" role=${safety ? 'alert' : nothing} aria-labelledby="title">
        <h2 id="title" part="title" tabindex="-1">
          ${safety ? html`<span class="badge" aria-hidden="true">!</span>` : nothing}<span dir="auto">${prompt.title}</span>
        </h2>
        <div part="body" class="body">${prompt.body.split(/\n{2,}/).map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}</div>
        ${
          prompt.steps.length > 0
            ? html`<h3>${words.whatToDo}</h3>
              <ol part="steps" class="steps">${prompt.steps.map((step) => html`<li dir="auto">${step}</li>`)}</ol>`
            : nothing
        }
        ${prompt.afterSteps.map((paragraph) => html`<p part="body" dir="auto">${paragraph}</p>`)}
        ${
          prompt.claim
            ? html`<h3>${words.haveReady}</h3>
              <ul part="ready" class="ready">${prompt.claim.ready.map((item) => html`<li dir="auto">${item}</li>`)}</ul>`
            : nothing
        }
        <div part="actions" class="actions">${this.#renderActions(prompt, main)}</div>
        ${this.#renderContacts(prompt, main)}
        ${
          prompt.links.length > 0
            ? html`<ul part="links" class="links">
                ${prompt.links.map((link) => html`<li>${this.#newTabLink(link, 'link', 'link')}</li>`)}
              </ul>`
            : nothing
        }
        ${
          prompt.causes.length > 0
            ? html`<details part="why" class="why">
                <summary>${words.why}</summary>
                <ul part="causes" class="causes">
                  ${prompt.causes.map(
                    (cause) =>
                      html`<li dir="auto">${formatMessage(words.causeLikelihood, { cause: cause.label, likelihood: this.coreWords.likelihood[cause.likelihood] })}</li>`,
                  )}
                </ul>
              </details>`
            : nothing
        }
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

  /**
   * The main way on, by outcome: Done for a fixed product; the knowledge base's own way on where it
   * names one (a recall's page); the shop's returns page for a refund, the maker's claim page for a
   * warranty claim, else the first way to reach someone; copying the summary when there is nobody to reach.
   */
  #mainWay(prompt: ResultPrompt): MainWay {
    const way = OUTCOME_KINDS[prompt.outcome].mainWay;
    if (way === 'done') return 'done';
    if (prompt.action !== undefined) return 'action';
    if (way === 'return' && webLink(this.returnUrl) !== undefined) return 'return';
    if (prompt.claim?.href !== undefined) return 'claim';
    if (prompt.contacts.length > 0) return 'contact';
    // Dry it, or get the part, then start again: nobody to hand a summary to yet.
    return prompt.stop === 'wet' || way === 'part' ? 'restart' : 'copy';
  }

  #renderActions(prompt: ResultPrompt, main: MainWay): TemplateResult {
    const words = this.words;
    const primary = this.#primary(prompt, main);
    return html`
      ${primary}
      ${prompt.accessory ? this.#newTabLink(prompt.accessory, 'accessory', 'link', 'button') : nothing}
      <button part=${main === 'copy' ? 'copy primary' : 'copy'} class=${main === 'copy' ? 'primary' : ''} type="button" @click=${this.#copy}>
        ${words.copySummary}
      </button>
      <button part=${main === 'restart' ? 'restart primary' : 'restart'} class=${main === 'restart' ? 'primary' : 'quiet'} type="button" @click=${this.#restart}>
        ${words.startOver}
      </button>
    `;
  }

  #primary(prompt: ResultPrompt, main: MainWay): TemplateResult | typeof nothing {
    switch (main) {
      case 'done':
        return html`<button part="done primary" class="primary" type="button" @click=${this.#done}>${this.words.done}</button>`;
      case 'action':
        return this.#newTabLink(prompt.action!, 'action primary', 'link', 'button primary');
      case 'return':
        return html`<a part="return primary" class="button primary" href=${webLink(this.returnUrl)!} @click=${this.#handoff('return')}
          >${this.words.startReturn}</a
        >`;
      case 'claim':
        return this.#newTabLink(claimLink(prompt.claim!), 'claim primary', 'claim', 'button primary');
      case 'contact':
        return this.#contact(prompt.contacts[0]!, true);
      case 'copy':
      case 'restart':
        return nothing; // the copy or start-over button below is the main one
    }
  }

  /** Every way to reach the shop or the maker but the one already offered as the main button. */
  #renderContacts(prompt: ResultPrompt, main: MainWay): TemplateResult | typeof nothing {
    const rest = main === 'contact' ? prompt.contacts.slice(1) : prompt.contacts;
    if (rest.length === 0) return nothing;
    return html`<h3>${this.words.getHelp}</h3>
      <ul part="contacts" class="contacts">${rest.map((contact) => html`<li>${this.#contact(contact, false)}</li>`)}</ul>`;
  }

  #contact(contact: Contact, primary: boolean): TemplateResult {
    const words = this.words;
    const style = primary ? 'button primary' : 'button';
    const part = `contact ${contact.kind}${primary ? ' primary' : ''}`;
    // Every way to reach someone says whose it is: the shop's or the maker's.
    const who = contact.who;
    if (contact.kind !== 'link' && safeLink(contact.href) === undefined) return html`<span part=${part}>${contact.label}</span>`;
    if (contact.kind === 'email') {
      return html`<a part=${part} class=${style} href=${mailto(contact.href, words.emailSubject, this.summary)} @click=${this.#handoff('email')}
        ><span dir="auto">${formatMessage(words.emailTo, { address: contact.label, who })}</span></a>`;
    }
    if (contact.kind === 'phone') {
      return html`<a part=${part} class=${style} href=${contact.href} @click=${this.#handoff('phone')}
        ><span dir="auto">${formatMessage(words.call, { number: contact.label, who })}</span></a>`;
    }
    return this.#newTabLink(contact, part, 'link', style);
  }

  #newTabLink(link: PageLink, part: string, kind: HandoffKind, style = ''): TemplateResult {
    return newTabLink(link, this, part, this.#handoff(kind), style);
  }

  #handoff(kind: HandoffKind): () => void {
    return () => this.dispatchEvent(new CustomEvent('handoff', { detail: { kind } }));
  }

  #copy = async (): Promise<void> => {
    this.#handoff('copy')();
    this.copyState = (await copyText(this.summary)) ? 'copied' : 'blocked';
    await this.updateComplete;
    // The fallback text is selected, so one "copy" by the shopper finishes the job.
    this.renderRoot.querySelector('textarea')?.select();
  };

  #done = (): void => {
    this.dispatchEvent(new Event('done'));
  };

  #restart = (): void => {
    this.dispatchEvent(new Event('restart'));
  };
}

/** The claim's way on as a page: its main button is shown only when it has one. */
function claimLink({ href, label, language }: NonNullable<ResultPrompt['claim']>): PageLink {
  return { href: href!, label: label ?? href!, ...(language === undefined ? {} : { language }) };
}

/** The summary goes in the message, so nobody has to ask what was tried already. */
function mailto(href: string, subject: string, summary: string): string {
  return `${href}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(summary)}`;
}
