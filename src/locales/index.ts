import { bestMatch } from './match.js';
import type { Locale } from './types.js';

export { coreEnglish, englishCore } from './en-core.js';
export { bestMatch, isRightToLeft, primaryLanguage } from './match.js';
export type * from './types.js';

/**
 * Every shipped language, one import each: the one list of them. Bundlers make each its own chunk,
 * fetched only when asked for (English too, for the core alone: the elements carry their English
 * themselves); the build and the tests take the list from here.
 */
const loaders = {
  en: async () => (await import('./en.js')).english,
  de: async () => (await import('./de.js')).de,
  es: async () => (await import('./es.js')).es,
  fr: async () => (await import('./fr.js')).fr,
  ar: async () => (await import('./ar.js')).ar,
} satisfies Record<string, () => Promise<Locale>>;

export type ShippedLocale = keyof typeof loaders;

/** The languages this package ships, English first. */
export const SHIPPED_LOCALES = Object.freeze(Object.keys(loaders) as ShippedLocale[]);

/**
 * A shipped language's words (the core's and the elements'), as a value to pass to sessions and
 * elements. Matches `de-AT` to `de`; a language the package does not ship is a RangeError naming the
 * ones it does. The built-in knowledge base's translations travel apart from languages:
 * `charge-troubleshooter/knowledge-base` has them.
 */
export async function loadLocale(tag: string): Promise<Locale> {
  const match = bestMatch(tag, SHIPPED_LOCALES) as ShippedLocale | undefined;
  if (match === undefined) {
    throw new RangeError(
      `The language ${JSON.stringify(tag)} is not shipped; shipped languages: ${SHIPPED_LOCALES.join(', ')}. Register your own with registerLocale().`,
    );
  }
  return loaders[match]();
}

/** Like `bestMatch` among the shipped languages (or `available`), but English when nothing matches. */
export function matchLocale(
  requested: string | readonly (string | null | undefined)[] | undefined,
  available: Iterable<string> = SHIPPED_LOCALES,
): string {
  return bestMatch(requested, available) ?? 'en';
}
