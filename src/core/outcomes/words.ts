import { bestMatch, primaryLanguage } from '../../locales/match.js';
import type { CoreLocale, CoreMessages } from '../../locales/types.js';
import type { Settings } from '../engine/index.js';
import { bandEndMonths, type Model, type Policy, variantFor } from '../model/index.js';
import { deepFreeze, formatDays, formatMonths, ownCopy } from '../shared/index.js';
import type { Action, Device, KnowledgeBase, KnowledgeBaseTranslation, PromptImage } from '../types.js';

/** Everything a prompt's words come from, in one language. */
export interface Words {
  /** The language tag for numbers and dates. */
  locale: string;
  messages: CoreMessages;
  /** The knowledge base's words in that language, where it has them. */
  translation: KnowledgeBaseTranslation | undefined;
}

/**
 * The words of a language for a knowledge base: its own translation for the language (exact tag,
 * then the language alone), else a translation of a knowledge base with its id that the language
 * brings (a language registered with one; the shipped languages bring none).
 */
export function wordsFor(model: Model, locale: CoreLocale): Words {
  const { translations, id } = model.knowledgeBase;
  const own = translations && bestMatch(locale.tag, Object.keys(translations));
  const brought = id === undefined ? undefined : broughtBy(locale, id);
  return { locale: locale.tag, messages: locale.core, translation: (own && translations[own]) || brought };
}

const ownTranslations = new WeakMap<object, KnowledgeBaseTranslation>();

/** The translation a language brings for this knowledge base, read as own fields only (copied once per translation). */
function broughtBy(locale: CoreLocale, id: string): KnowledgeBaseTranslation | undefined {
  const all = Object.hasOwn(locale, 'knowledgeBases') ? locale.knowledgeBases : undefined;
  const given = all && Object.hasOwn(all, id) ? all[id] : undefined;
  if (typeof given !== 'object' || given === null) return undefined;
  let copy = ownTranslations.get(given);
  if (copy === undefined) {
    copy = deepFreeze(ownCopy(given));
    ownTranslations.set(given, copy);
  }
  return copy;
}

/**
 * Whether a knowledge base has text in a language: written in it, or translated into it (its own
 * translations or one the language brings). Safety text a shopper cannot read is no safety check, so
 * a session never speaks a language its knowledge base does not.
 */
export function knowledgeBaseSpeaks(knowledgeBase: KnowledgeBase, locale: CoreLocale): boolean {
  // Careful with what it reads: a UI asks before the knowledge base has been validated.
  const { translations, id, language } = (knowledgeBase ?? {}) as Partial<KnowledgeBase>;
  return (
    bestMatch(locale.tag, [typeof language === 'string' ? language : 'en']) !== undefined ||
    (typeof translations === 'object' && translations !== null && bestMatch(locale.tag, Object.keys(translations)) !== undefined) ||
    (typeof id === 'string' && Object.hasOwn(locale.knowledgeBases ?? {}, id))
  );
}

/**
 * A knowledge base's page is written in its language: a shopper reading another is told which
 * (`language`, a BCP 47 tag), so "in English" is said before the click, not found after it.
 */
export function pageLanguage(
  settings: Settings,
  words: Words,
  language = settings.model.knowledgeBase.language ?? 'en',
): { language?: string } {
  return primaryLanguage(language) === primaryLanguage(words.locale) ? {} : { language };
}

/** The device's brand in the session's language (a translation may inflect it). */
export function brandOf({ translation }: Words, device: Device): string {
  return translation?.devices?.[device.id]?.brand ?? device.brand;
}

export function deviceLabel(words: Words, device: Device): string {
  return `${brandOf(words, device)} ${words.translation?.devices?.[device.id]?.name ?? device.name}`;
}

/**
 * The policy's durations in words: {days} (absent without a return window), {warranty}, {legal}
 * (the legal guarantee's end, or the warranty's when there is none), {lifespan} (the latest band end),
 * {presumed}, and the law's {region}.
 */
export function durations(settings: Settings, words: Words, policy: Policy): Record<string, string> {
  const { locale } = words;
  const ends = bandEndMonths(policy);
  const { region: regionId } = settings.origin;
  const region =
    settings.legal &&
    (regionId === undefined ? words.messages.yourRegion : (words.translation?.legalRights?.[regionId]?.name ?? settings.legal.name));
  return {
    ...(policy.returnDays > 0 ? { days: formatDays(locale, policy.returnDays) } : {}),
    warranty: formatMonths(locale, ends.warranty),
    legal: formatMonths(locale, ends.legal),
    lifespan: formatMonths(locale, ends.lifespan),
    ...(policy.presumedMonths > 0 ? { presumed: formatMonths(locale, policy.presumedMonths) } : {}),
    ...(region ? { region } : {}),
  };
}

/** An image of the knowledge base as a prompt shows it, its alt text in the session's language. */
export function imageFor(model: Model, words: Words, id: string | undefined): PromptImage | undefined {
  const image = id === undefined ? undefined : model.knowledgeBase.images?.[id];
  if (image === undefined) return undefined;
  const alt = words.translation?.images?.[id!]?.alt ?? image.alt;
  return image.svg !== undefined ? { svg: image.svg, alt } : { src: image.src!, alt };
}

/**
 * The one rule for a field in the session's language: where the device's variant words the field its
 * own way, the variant's (translated, where the translation has it); else the translation's; else the
 * knowledge base's as written.
 */
export function localized<T>(written: T, translated: T | undefined, variant?: { written: T | undefined; translated: T | undefined }): T {
  if (variant?.written !== undefined) return variant.translated ?? variant.written;
  return translated ?? written;
}

/** An action's title and steps for this device (its variant's, where it has one), in the session's language. */
export function actionWords(words: Words, action: Action, deviceId: string): { title: string; steps: readonly string[] } {
  const own = words.translation?.actions?.[action.id];
  const variant = variantFor(action.variants, deviceId);
  const variantWords = variant && own?.variants?.[variant.id];
  return {
    title: localized(action.title, own?.title, { written: variant?.title, translated: variantWords?.title }),
    steps: localized<readonly string[]>(action.steps, own?.steps, { written: variant?.steps, translated: variantWords?.steps }),
  };
}
