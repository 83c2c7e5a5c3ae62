/**
 * The built-in knowledge base, one import away for apps: `charge-troubleshooter/knowledge-base`.
 * The data itself is `knowledge-base.json` (also published as `charge-troubleshooter/knowledge-base.json`),
 * checked against the schema by the tests. Its translations travel apart from the languages: each is
 * `translations/<tag>.json` beside it, loaded only for a language that is asked for.
 */

import type { KnowledgeBase, KnowledgeBaseTranslationFile } from '../core/types.js';
import { bestMatch } from '../locales/match.js';
import data from './knowledge-base.json' with { type: 'json' };
import { BUILT_IN_TRANSLATIONS, type BuiltInTranslation } from './languages.js';

export { BUILT_IN_TRANSLATIONS } from './languages.js';

/** The built-in knowledge base as written, in English, with no translations. */
export const defaultKnowledgeBase = data as unknown as KnowledgeBase;

// One import per language, so bundlers make one chunk per translation, fetched only when asked for.
// A test checks these against the shipped languages and the files in translations/.
const loaders = {
  de: () => import('./translations/de.json', { with: { type: 'json' } }),
  es: () => import('./translations/es.json', { with: { type: 'json' } }),
  fr: () => import('./translations/fr.json', { with: { type: 'json' } }),
  ar: () => import('./translations/ar.json', { with: { type: 'json' } }),
} satisfies Record<BuiltInTranslation, () => Promise<{ default: unknown }>>;

/**
 * The built-in knowledge base's translation into a language (`de-AT` gives German), as a translation
 * file `{ knowledgeBase, language, … }`. A language it is not translated into is a RangeError.
 */
export async function loadTranslation(tag: string): Promise<KnowledgeBaseTranslationFile> {
  const match = bestMatch(tag, BUILT_IN_TRANSLATIONS) as BuiltInTranslation | undefined;
  if (match === undefined) {
    throw new RangeError(
      `The built-in knowledge base is not translated into ${JSON.stringify(tag)}; it is written in English and translated into ${BUILT_IN_TRANSLATIONS.join(', ')}`,
    );
  }
  return (await loaders[match]()).default as KnowledgeBaseTranslationFile;
}

/**
 * The built-in knowledge base carrying its translations into the given languages, ready for
 * `createSession({ knowledgeBase, locale })` in any of them: `await loadKnowledgeBase('de')`.
 * English needs none (`loadKnowledgeBase()` is the knowledge base as written); a language it is not
 * translated into is a RangeError, never English in its place.
 */
export async function loadKnowledgeBase(...tags: string[]): Promise<KnowledgeBase> {
  const foreign = tags.filter((tag) => bestMatch(tag, ['en']) === undefined);
  if (foreign.length === 0) return defaultKnowledgeBase;
  const files = await Promise.all(foreign.map(loadTranslation));
  // Inside a knowledge base a translation is its words alone: the file's header says what the key does.
  const words = ({ knowledgeBase: _id, language: _tag, $schema: _schema, ...rest }: KnowledgeBaseTranslationFile & { $schema?: string }) =>
    rest;
  return { ...defaultKnowledgeBase, translations: Object.fromEntries(files.map((file) => [file.language, words(file)])) };
}
