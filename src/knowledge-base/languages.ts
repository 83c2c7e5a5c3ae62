import { SHIPPED_LOCALES, type ShippedLocale } from '../locales/index.js';

// Apart from location.ts: the launcher entry reads that without any language, and the DOM-free core check reads this.

export type BuiltInTranslation = Exclude<ShippedLocale, 'en'>;

/**
 * The languages the built-in knowledge base is translated into: every shipped language but English,
 * the one it is written in (a test checks that translations/ has a file for each, and no other).
 */
export const BUILT_IN_TRANSLATIONS = Object.freeze(SHIPPED_LOCALES.filter((tag): tag is BuiltInTranslation => tag !== 'en'));
