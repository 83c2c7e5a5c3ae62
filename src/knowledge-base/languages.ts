import { SHIPPED_LOCALES, type ShippedLocale } from '../locales/index.js';
import { DEFAULT_KNOWLEDGE_BASE_URL } from './location.js';

// Apart from location.ts, which the launcher entry reads without any language.

export type BuiltInTranslation = Exclude<ShippedLocale, 'en'>;

/**
 * The languages the built-in knowledge base is translated into: every shipped language but English,
 * the one it is written in (a test checks that translations/ has a file for each, and no other).
 */
export const BUILT_IN_TRANSLATIONS = Object.freeze(SHIPPED_LOCALES.filter((tag): tag is BuiltInTranslation => tag !== 'en'));

/** The address of the built-in knowledge base's translation into a language, beside knowledge-base.json. */
export function builtInTranslationUrl(tag: BuiltInTranslation): string {
  return new URL(`./translations/${tag}.json`, DEFAULT_KNOWLEDGE_BASE_URL).href;
}
