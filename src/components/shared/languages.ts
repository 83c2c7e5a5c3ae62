import { bestMatch, loadLocale, SHIPPED_LOCALES } from '../../locales/index.js';
import type { Locale, PluralMessage } from '../../locales/types.js';

/**
 * Languages added with `registerLocale()`: the one registry the elements keep, so that a page can
 * ask for a language by tag (`locale="it"`). Shipped languages load on demand and need no entry.
 */
const registered = new Map<string, Locale>();

/**
 * Adds a language for the widget's `locale` attribute, or replaces a shipped one: its core and UI
 * words, and translations of knowledge bases by id (Shoelace's `registerTranslation` is the model).
 */
export function registerLocale(...locales: Locale[]): void {
  for (const locale of locales) {
    if (typeof locale?.tag !== 'string' || typeof locale.core !== 'object' || typeof locale.ui !== 'object') {
      throw new TypeError('registerLocale() takes languages like the ones loadLocale() returns: { tag, core, ui, knowledgeBases? }');
    }
    registered.set(locale.tag, locale);
  }
}

/** Every language the elements can speak: the shipped ones and the registered ones. */
export function availableLocales(): string[] {
  return [...new Set([...SHIPPED_LOCALES, ...registered.keys()])];
}

/** The language value for an available tag (see `availableLocales`). */
export function localeFor(tag: string): Promise<Locale> {
  const own = registered.get(bestMatch(tag, registered.keys()) ?? '');
  return own ? Promise.resolve(own) : loadLocale(tag);
}

/** Picks the plural form for `count` by the language's rules and puts the formatted number for `#`. */
export function plural(locale: string, forms: PluralMessage, count: number): string {
  const category = count === 0 && forms.zero !== undefined ? 'zero' : new Intl.PluralRules(locale).select(count);
  return (forms[category] ?? forms.other).replace('#', new Intl.NumberFormat(locale).format(count));
}
