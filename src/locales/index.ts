import { english } from './en.js';
import { bestMatch } from './match.js';
import type { Locale } from './types.js';

export { english, englishCore, englishUi } from './en.js';
export { bestMatch } from './match.js';
export type * from './types.js';

/** The languages this package ships. English is built in; the others load on demand. */
export const SHIPPED_LOCALES = ['en', 'de', 'es', 'fr', 'ar'] as const;

// One import per language, so bundlers make one chunk per language, fetched only when asked for.
const loaders: Record<string, () => Promise<Locale>> = {
  de: async () => (await import('./de.js')).de,
  es: async () => (await import('./es.js')).es,
  fr: async () => (await import('./fr.js')).fr,
  ar: async () => (await import('./ar.js')).ar,
};

/**
 * A shipped language's words (the core's, the elements', the built-in knowledge base's), as a value to
 * pass to sessions and elements. Matches `de-AT` to `de`; a language the package does not ship is a
 * RangeError naming the ones it does.
 */
export async function loadLocale(tag: string): Promise<Locale> {
  const match = bestMatch(tag, SHIPPED_LOCALES);
  if (match === undefined) {
    throw new RangeError(
      `The language ${JSON.stringify(tag)} is not shipped; shipped languages: ${SHIPPED_LOCALES.join(', ')}. Register your own with registerLocale().`,
    );
  }
  return match === 'en' ? english : loaders[match]!();
}

/**
 * The best match for the requested language tags among `available`: the exact tag, then the
 * language alone (`de-AT` → `de`), in order of preference; English when nothing matches.
 */
export function matchLocale(
  requested: string | readonly (string | null | undefined)[] | undefined,
  available: Iterable<string> = SHIPPED_LOCALES,
): string {
  return bestMatch(requested, available) ?? 'en';
}

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

export function isRightToLeft(tag: string): boolean {
  return RIGHT_TO_LEFT.has(tag.split('-')[0]!.toLowerCase());
}
