import { type KnowledgeBase, knowledgeBaseSpeaks, loadValidator, truncate } from '../../core/index.js';
import { BUILT_IN_KNOWLEDGE_BASE } from '../../knowledge-base/location.js';
import { english } from '../../locales/en.js';
import { bestMatch } from '../../locales/index.js';
import type { Locale } from '../../locales/types.js';
import { availableLocales, localeFor } from '../shared/languages.js';
import { builtInTranslation, isBuiltInKnowledgeBase } from './knowledge-base-source.js';

/**
 * The language to speak. Asked for by name: that one, or an error when it is not available or the
 * knowledge base has no text in it (safety text a shopper cannot read is no safety check). Otherwise
 * the first of the page's and the browser's languages that is available and that the knowledge base
 * speaks, else the knowledge base's own. The likeliest language starts loading at once, alongside
 * the knowledge base.
 */
export async function chooseLanguage(
  knowledgeBase: Promise<unknown>,
  asked: string | undefined,
  preferred: readonly (string | null | undefined)[],
): Promise<Locale> {
  const available = availableLocales();
  if (asked) {
    const tag = bestMatch(asked, available);
    if (tag === undefined) {
      throw new Error(
        `The language "${truncate(asked)}" is not available (available: ${available.join(', ')}); add it with registerLocale().`,
      );
    }
    const [kb, locale] = await Promise.all([knowledgeBase, speaking(knowledgeBase, tag)]);
    if (!knowledgeBaseSpeaks(kb as KnowledgeBase, locale)) {
      (await loadValidator())(kb); // a knowledge base with problems is the error to show, not its language
      throw new Error(`The knowledge base has no text in "${tag}", so the troubleshooter cannot speak it.`);
    }
    return locale;
  }
  const tags = [...new Set(preferred.flatMap((tag) => bestMatch(tag ?? undefined, available) ?? []))];
  const likeliest = tags[0] === undefined ? undefined : speaking(knowledgeBase, tags[0]).catch(() => undefined);
  const kb = await knowledgeBase;
  for (const [i, tag] of tags.entries()) {
    const locale = await (i === 0 ? likeliest : speaking(knowledgeBase, tag).catch(() => undefined));
    if (locale !== undefined && knowledgeBaseSpeaks(kb as KnowledgeBase, locale)) return locale;
  }
  const language = (kb as Partial<KnowledgeBase> | null)?.language;
  const own = bestMatch(typeof language === 'string' ? language : 'en', available);
  return own === undefined || own === 'en' ? english : speaking(knowledgeBase, own);
}

/**
 * A language's words and, when the widget uses the built-in knowledge base, that knowledge base's
 * translation into it (fetched alongside, from beside it), which the session takes by the knowledge
 * base's id. A language registered with a translation of its own keeps it.
 */
async function speaking(knowledgeBase: Promise<unknown>, tag: string): Promise<Locale> {
  // The translation once the language is here (no request for one that fails), while the knowledge base may still be loading.
  const locale = await localeFor(tag);
  const { id } = BUILT_IN_KNOWLEDGE_BASE;
  const translation = locale.knowledgeBases?.[id] === undefined ? builtInTranslation(knowledgeBase, tag) : undefined;
  if (translation === undefined) return locale;
  const [words, kb] = await Promise.all([translation, knowledgeBase]);
  return isBuiltInKnowledgeBase(kb) ? { ...locale, knowledgeBases: { ...locale.knowledgeBases, [id]: words } } : locale;
}
