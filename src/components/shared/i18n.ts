import { en } from '../locales/en.js';
import type { PluralMessage, UiMessages } from '../locales/messages.js';

const loaded = new Map<string, UiMessages>([['en', en]]);

// One import per language, so bundlers make one chunk per language and load it only when asked.
const loaders: Record<string, () => Promise<UiMessages>> = {
  de: async () => (await import('../locales/de.js')).de,
  es: async () => (await import('../locales/es.js')).es,
  fr: async () => (await import('../locales/fr.js')).fr,
  ar: async () => (await import('../locales/ar.js')).ar,
};

/** Languages written right to left; the widget's panel gets `dir="rtl"` for them. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

export function isRightToLeft(locale: string): boolean {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]!.toLowerCase());
}

export function hasUiLocale(locale: string): boolean {
  return loaded.has(locale) || !(locale in loaders);
}

/** Loads a shipped language's UI words (the core's `loadLocale` brings the rest). */
export async function loadUiLocale(locale: string): Promise<void> {
  const loader = loaders[locale];
  if (loader && !loaded.has(locale)) loaded.set(locale, await loader());
}

/** The UI words for `locale` (an exact shipped tag such as `de`), English until it is loaded. */
export function uiMessages(locale: string): UiMessages {
  return loaded.get(locale) ?? en;
}

/** Picks the plural form for `count` by the language's rules and puts the formatted number for `#`. */
export function plural(locale: string, forms: PluralMessage, count: number): string {
  const category = count === 0 && forms.zero !== undefined ? 'zero' : new Intl.PluralRules(locale).select(count);
  return (forms[category] ?? forms.other).replace('#', new Intl.NumberFormat(locale).format(count));
}
