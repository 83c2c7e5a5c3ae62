import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { formatMessage, numberFormat, type QuestionPrompt } from '../../core/index.js';
import type { UiMessages } from '../../locales/types.js';
import { plural } from '../shared/languages.js';
import { matchingOptions } from './option-search.js';

/** More answers than this (a retailer's catalogue in the device picker) get a search box. */
export const SEARCH_FROM = 30;
/** At most this many answer buttons at once: thousands would freeze the page and bury the shopper. */
export const SHOWN_AT_ONCE = 30;

type Option = QuestionPrompt['options'][number];
/** Draws one answer button: `shown` is its visible text when that differs from its label. */
/** What the list needs of a prompt: its kind (an action's first answer is primary), id and answers. */
type ShownPrompt = { kind: string; id: string; options: readonly Option[] };
export type AnswerButton = (option: Option, primary: boolean, shown?: string) => TemplateResult;

/**
 * A step's answers: one button each, the device picker's grouped by brand. A long list gets a
 * labelled search box that filters it as the shopper types (case and accents aside), says politely how
 * many match, and shows the first few matches with how many more there are.
 */
export class AnswerList {
  #query = '';
  /** The options the query was typed for: another list starts with an empty box. */
  #queriedOptions: readonly Option[] | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  render(prompt: ShownPrompt, words: UiMessages, locale: string, button: AnswerButton): unknown {
    if (prompt.options.length <= SEARCH_FROM) return answers(prompt, prompt.options, button);
    if (this.#queriedOptions !== prompt.options) {
      this.#queriedOptions = prompt.options;
      this.#query = '';
    }
    const matches = matchingOptions(prompt.options, this.#query);
    const shown = matches.slice(0, SHOWN_AT_ONCE);
    const count = (n: number) => numberFormat(locale, 'decimal').format(n);
    const status = this.#query.trim() === '' ? '' : plural(locale, words.searchMatches, matches.length);
    return html`<div part="search" class="search">
        <label for="search" part="search-label">${words.searchLabel}</label>
        <input
          id="search"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-status"
          .value=${this.#query}
          @input=${this.#type}
          @keydown=${this.#toFirstAnswer}
        />
        <p id="search-status" part="search-status" class="meta" role="status">${status}</p>
      </div>
      ${answers(prompt, shown, button)}
      ${
        matches.length > shown.length
          ? html`<p part="search-more" class="meta">${formatMessage(words.searchMore, { shown: count(shown.length), total: count(matches.length) })}</p>`
          : nothing
      }`;
  }

  #type = (event: Event): void => {
    this.#query = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
  };

  /** Down arrow from the box: on to the first answer, as in a list of suggestions. */
  #toFirstAnswer = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown') return;
    const first = this.host.shadowRoot?.querySelector<HTMLButtonElement>('button[value]');
    if (first === null || first === undefined) return;
    event.preventDefault();
    first.focus();
  };
}

/** The buttons, grouped under a heading each when every answer has a group (the device picker's brands). */
function answers(prompt: ShownPrompt, options: readonly Option[], button: AnswerButton): unknown {
  const groups = new Map<string | undefined, Option[]>();
  for (const option of options) {
    const group = groups.get(option.group);
    if (group === undefined) groups.set(option.group, [option]);
    else group.push(option);
  }
  // New buttons per prompt: a reused one turning primary would fade in under text already white.
  if (groups.size < 2 || groups.has(undefined)) {
    return keyed(
      prompt.id,
      html`<div part="options" class="options" role="group" aria-labelledby="title">
        ${options.map((option, i) => button(option, prompt.kind === 'action' && i === 0))}
      </div>`,
    );
  }
  // Under a brand's heading its name need not be repeated on every button; the button's name keeps it.
  return html`<div part="options" class="options grouped">
    ${[...groups].map(
      ([group, members], g) => html`<div part="group" class="group" role="group" aria-labelledby="group-${g}">
        <h3 id="group-${g}" dir="auto">${group}</h3>
        <div class="group-options">
          ${members.map((option) => button(option, false, option.label.startsWith(`${group} `) ? option.label.slice(group!.length + 1) : option.label))}
        </div>
      </div>`,
    )}
  </div>`;
}
