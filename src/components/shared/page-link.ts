import { html, nothing, type TemplateResult } from 'lit';
import { formatMessage, ownFields, type PageLink } from '../../core/index.js';
import type { UiMessages } from '../../locales/types.js';
import { safeLink } from './web-link.js';

/**
 * A page in a new tab. One written in another language than the shopper's says which before the
 * click ("(in English)", `hreflang`), and the tab it opens is announced.
 */
export function newTabLink(
  link: PageLink,
  { words, locale }: { words: UiMessages; locale: string },
  part: string,
  onClick?: () => void,
  style = '',
): TemplateResult {
  // Own fields only: a link built in a view (a claim's) may leave out `language`.
  const { href, label, language } = ownFields(link);
  const name = language === undefined ? undefined : languageName(locale, language);
  const inLanguage =
    name === undefined ? nothing : html` <span class="language">${formatMessage(words.inLanguage, { language: name })}</span>`;
  const safe = safeLink(href);
  if (safe === undefined) return html`<span part=${part} class=${style}><span dir="auto">${label}</span></span>`;
  return html`<a part=${part} class=${style} href=${safe} hreflang=${language ?? nothing} target="_blank" rel="noopener noreferrer" @click=${onClick ?? nothing}
    ><span dir="auto">${label}</span>${inLanguage}<span class="visually-hidden"> ${words.opensInNewTab}</span></a>`;
}

/** A language's name in the shopper's language ("Englisch" for `en` in German); the tag itself where the browser cannot name it. */
function languageName(locale: string, tag: string): string {
  try {
    return new Intl.DisplayNames([locale], ownFields({ type: 'language' as const })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A list of pages (a question's), or nothing. */
export function linkList(
  links: readonly PageLink[] | undefined,
  host: { words: UiMessages; locale: string },
): TemplateResult | typeof nothing {
  if (!links?.length) return nothing;
  return html`<ul part="links" class="links">${links.map((link) => html`<li>${newTabLink(link, host, 'link')}</li>`)}</ul>`;
}
