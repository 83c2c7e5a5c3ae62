import type { CalendarDate } from './dates.js';
import { en } from './locales/en.js';
import type { CoreMessages } from './locales/messages.js';
import type { KnowledgeBaseTranslation } from './types.js';

/** A language's core words and, for the built-in knowledge base, its translation. */
export interface LocaleBundle {
  messages: CoreMessages;
  knowledgeBase?: KnowledgeBaseTranslation;
}

/** The languages this package ships. English is built in; the others load on demand. */
export const SHIPPED_LOCALES: readonly string[] = ['en', 'de', 'es', 'fr', 'ar'];

const loaded = new Map<string, LocaleBundle>([['en', { messages: en }]]);

// Explicit imports, one per language, so bundlers make one chunk per language.
const loaders: Record<string, () => Promise<LocaleBundle>> = {
  de: async () => ({
    messages: (await import('./locales/de.js')).de,
    knowledgeBase: (await import('../knowledge-base/translations/de.js')).de,
  }),
  es: async () => ({
    messages: (await import('./locales/es.js')).es,
    knowledgeBase: (await import('../knowledge-base/translations/es.js')).es,
  }),
  fr: async () => ({
    messages: (await import('./locales/fr.js')).fr,
    knowledgeBase: (await import('../knowledge-base/translations/fr.js')).fr,
  }),
  ar: async () => ({ messages: (await import('./locales/ar.js')).ar }),
};

/**
 * The best match for the requested language tags among `available`: the exact tag, then the
 * language alone (`de-AT` → `de`), in order of preference; English when nothing matches.
 */
export function matchLocale(
  requested: string | readonly (string | undefined)[] | undefined,
  available: Iterable<string> = SHIPPED_LOCALES,
): string {
  const candidates = (typeof requested === 'string' ? [requested] : (requested ?? [])).filter((tag): tag is string => !!tag);
  const known = new Map([...available].map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of candidates) {
    const lower = tag.toLowerCase();
    const match = known.get(lower) ?? known.get(lower.split('-')[0]!);
    if (match !== undefined) return match;
  }
  return 'en';
}

/**
 * Loads a shipped language (its core words and the built-in knowledge base's translation) so that
 * sessions can use it; resolves with the language tag that will be used (`de-AT` → `de`).
 */
export async function loadLocale(locale: string): Promise<string> {
  const match = matchLocale(locale);
  if (!loaded.has(match)) loaded.set(match, await loaders[match]!());
  return match;
}

/** Whether sessions can speak `locale` (a tag `matchLocale` returned) without `loadLocale` first. */
export function isLocaleLoaded(locale: string): boolean {
  return loaded.has(locale) || !(locale in loaders);
}

/** The loaded bundle that best matches `locale` (English when none does). */
export function loadedBundle(locale: string | undefined): { locale: string; bundle: LocaleBundle } {
  const match = matchLocale(locale, loaded.keys());
  return { locale: match, bundle: loaded.get(match)! };
}

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "18 months", "2 Jahre", "30 jours": a duration in months, in whole years when it is one. */
export function formatMonths(locale: string, months: number): string {
  const years = months > 0 && months % 12 === 0;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: years ? 'year' : 'month', unitDisplay: 'long' }).format(
    years ? months / 12 : months,
  );
}

export function formatDays(locale: string, days: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

export function formatPercent(locale: string, probability: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(probability);
}

export function formatLongDate(locale: string, { year, month, day }: CalendarDate): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
