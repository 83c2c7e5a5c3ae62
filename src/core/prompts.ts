import type { CoreLocale, CoreMessages } from '../locales/types.js';
import { ACTION_ANSWERS, deviceOf, type Ending, policyOf, RETURN_OFFER_ANSWERS, type Settings, type Step } from './engine.js';
import { formatDays, formatMessage, formatMonths } from './format.js';
import { type Model, type ModelDevice, variantFor } from './model.js';
import { type AgeBand, bandEndMonths, type Policy } from './policy.js';
import type { Device, KnowledgeBaseTranslation, LikelyCause, Link, NoteSource, Prompt, ResultPrompt, SessionState } from './types.js';

/** How many causes a result lists, and the smallest probability worth listing. */
const LISTED_CAUSES = 3;
const LISTED_PROBABILITY = 0.01;
/** A cause at least this share of the likeliest one is named with it: near-tied causes, not one guess. */
const NEAR_TIE = 0.5;

/** Everything a prompt's words come from, in one language. */
export interface Words {
  /** The language tag for numbers and dates. */
  locale: string;
  messages: CoreMessages;
  /** The knowledge base's words in that language, where it has them. */
  translation: KnowledgeBaseTranslation | undefined;
}

/**
 * The words of a language for a knowledge base: its own translation for the language first (exact
 * tag, then the language alone), else the locale's translation of a knowledge base with this id.
 */
export function wordsFor(model: Model, locale: CoreLocale): Words {
  const { translations, id } = model.knowledgeBase;
  const own = translations && matchTag(locale.tag, Object.keys(translations));
  const shipped = id === undefined ? undefined : locale.knowledgeBases?.[id];
  return { locale: locale.tag, messages: locale.core, translation: (own && translations[own]) || shipped };
}

function matchTag(tag: string, available: readonly string[]): string | undefined {
  const lower = tag.toLowerCase();
  return available.find((a) => a.toLowerCase() === lower) ?? available.find((a) => a.toLowerCase() === lower.split('-')[0]);
}

/** Turns the engine's step into the words and options a shopper sees, in one language. */
export function promptFor(settings: Settings, words: Words, state: SessionState, step: Step): Prompt {
  const { messages, translation } = words;
  const device = deviceOf(settings, state);
  switch (step.kind) {
    case 'device':
      return freeze({
        kind: 'question',
        id: 'device',
        title: messages.deviceTitle,
        body: messages.deviceBody,
        options: settings.model.knowledgeBase.devices.map((d) => ({ id: d.id, label: deviceLabel(words, d) })),
      });
    case 'age': {
      // Each band's end in words; "More than …" names the latest: past it, the age no longer matters.
      const values = durations(settings, words, policyOf(settings, device!));
      const label = (band: AgeBand | 'warrantyNoReturn') => formatMessage(messages.ageOptions[band], values);
      return freeze({
        kind: 'question',
        id: 'age',
        title: messages.ageTitle,
        body: messages.ageBody,
        options: [...step.bands, 'unknown' as const].map((band) => ({
          id: band,
          label: label(band === 'warranty' && values.days === undefined ? 'warrantyNoReturn' : band),
        })),
      });
    }
    case 'return-offer': {
      const offer = messages.returnOffer;
      return freeze({
        kind: 'question',
        id: 'return-offer',
        title: offer.title,
        body: formatMessage(offer.body, durations(settings, words, policyOf(settings, device!))),
        options: RETURN_OFFER_ANSWERS.map((id) => ({ id, label: offer.options[id] })),
      });
    }
    case 'question': {
      const { question } = step.question;
      const own = translation?.questions?.[question.id];
      const variant = variantFor(question.variants, device!.device.id);
      const variantWords = variant && own?.variants?.[variant.id];
      const body = (variant?.body !== undefined ? (variantWords?.body ?? variant.body) : undefined) ?? own?.body ?? question.body;
      return freeze({
        kind: 'question',
        id: question.id,
        title: (variant?.title !== undefined ? (variantWords?.title ?? variant.title) : undefined) ?? own?.title ?? question.title,
        ...(body === undefined ? {} : { body }),
        options: question.options.map(({ id, label }) => ({ id, label: own?.options?.[id]?.label ?? label })),
      });
    }
    case 'action': {
      const { action } = step.action;
      const own = translation?.actions?.[action.id];
      const variant = variantFor(action.variants, device!.device.id);
      const variantWords = variant && own?.variants?.[variant.id];
      const steps = (variant?.steps !== undefined ? (variantWords?.steps ?? variant.steps) : undefined) ?? own?.steps ?? action.steps;
      return freeze({
        kind: 'action',
        id: action.id,
        title: (variant?.title !== undefined ? (variantWords?.title ?? variant.title) : undefined) ?? own?.title ?? action.title,
        steps: [...steps],
        minutes: action.minutes,
        ...(action.waitMinutes === undefined ? {} : { waitMinutes: action.waitMinutes }),
        options: ACTION_ANSWERS.map((id) => ({ id, label: messages.actionOptions[id] })),
      });
    }
    case 'result':
      return resultPrompt(settings, words, state, device!, step.ending);
  }
}

export function deviceLabel({ translation }: Words, device: Device): string {
  const own = translation?.devices?.[device.id];
  return `${own?.brand ?? device.brand} ${own?.name ?? device.name}`;
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

function resultPrompt(settings: Settings, words: Words, state: SessionState, device: ModelDevice, ending: Ending): ResultPrompt {
  const { messages } = words;
  const causes = likelyCauses(settings.model, words, ending.beliefs);
  const policy = policyOf(settings, device);
  const values: Record<string, string> = {
    ...durations(settings, words, policy),
    brand: words.translation?.devices?.[device.device.id]?.brand ?? device.device.brand,
    cause: causeWords(words, causes),
  };
  const paragraphs = [formatMessage(replaceReason(words, state, device, ending, policy) ?? messages.outcomes[ending.outcome].body, values)];
  if (ending.outcome === 'legal-guarantee' && policy.presumedMonths > 0) paragraphs.push(formatMessage(messages.legalPresumed, values));
  if (ending.outcome === 'warranty-claim' && policy.legalMonths > policy.warrantyMonths && values.region) {
    paragraphs.push(formatMessage(messages.alsoSeller, values));
  }
  const notes = notesFor(settings.model, words, ending);
  return freeze({
    kind: 'result',
    id: ending.outcome,
    outcome: ending.outcome,
    title: messages.outcomes[ending.outcome].title,
    body: [...paragraphs, ...notes.flatMap((note) => (note.text === undefined ? [] : [note.text]))].join('\n\n'),
    causes,
    links: [...notes.flatMap((note) => note.links), ...deviceLinks(words, device, ending)],
    ...(device.device.supportEmail === undefined ? {} : { supportEmail: device.device.supportEmail }),
    options: [],
  });
}

/** A replacement before the end of the usual lifespan says why a repair does not pay. */
function replaceReason(words: Words, state: SessionState, device: ModelDevice, ending: Ending, policy: Policy): string | undefined {
  if (ending.outcome !== 'replace' || policy.repairPays || state.ageBand === 'past-lifespan') return undefined;
  return words.messages.replaceReasons[device.device.repairable === false ? 'no-repair-service' : 'repair-too-costly'];
}

/** The likeliest cause, with any near-tied ones ("A or B"). */
function causeWords(words: Words, causes: readonly LikelyCause[]): string {
  const top = causes[0];
  if (top === undefined) return words.messages.unknownCause;
  const tied = causes.filter((cause) => cause.probability >= top.probability * NEAR_TIE).map((cause) => cause.label);
  return new Intl.ListFormat(words.locale, { type: 'disjunction' }).format(tied);
}

/** The words and links the answers (or a required step the shopper could not do) add to this result. */
function notesFor(model: Model, words: Words, ending: Ending): { text: string | undefined; links: Link[] }[] {
  const { translation } = words;
  return ending.notes.flatMap((source: NoteSource) => {
    if ('skippedAction' in source) {
      const action = model.actions.get(source.skippedAction)!.action;
      return [{ text: translation?.actions?.[action.id]?.whenSkipped?.note ?? action.whenSkipped?.note, links: [] }];
    }
    const option = model.questions.get(source.question)!.question.options.find((o) => o.id === source.option)!;
    if (option.noteWhen !== undefined && !option.noteWhen.includes(ending.outcome)) return [];
    const own = translation?.questions?.[source.question]?.options?.[source.option];
    return [
      {
        text: option.note === undefined ? undefined : (own?.note ?? option.note),
        links: (option.links ?? []).map((link) => ({ label: own?.links?.[link.id] ?? link.label, href: link.href })),
      },
    ];
  });
}

function deviceLinks(words: Words, { device }: ModelDevice, ending: Ending): Link[] {
  const links: Link[] = [];
  // Refunds and legal remedies go through the shop, not the maker.
  if (ending.outcome === 'resolved' || ending.outcome === 'refund' || ending.outcome === 'legal-guarantee') return links;
  const brand = words.translation?.devices?.[device.id]?.brand ?? device.brand;
  if (device.warrantyUrl !== undefined && ending.outcome !== 'replace') {
    links.push({ label: formatMessage(words.messages.warrantyLink, { brand }), href: device.warrantyUrl });
  }
  if (device.supportUrl !== undefined) links.push({ label: formatMessage(words.messages.supportLink, { brand }), href: device.supportUrl });
  return links;
}

export function likelyCauses(model: Model, words: Words, beliefs: readonly number[]): LikelyCause[] {
  const labels = words.translation?.causes;
  return model.causes
    .map((cause, c) => ({ id: cause.id, label: labels?.[cause.id]?.label ?? cause.label, probability: beliefs[c]! }))
    .filter((cause) => cause.probability >= LISTED_PROBABILITY)
    .sort((a, b) => b.probability - a.probability) // stable: knowledge-base order breaks ties
    .slice(0, LISTED_CAUSES);
}

/** Prompts are handed to callers; freezing keeps a careless caller from changing a session's past. */
function freeze<T extends Prompt>(prompt: T): T {
  for (const value of Object.values(prompt)) {
    if (Array.isArray(value)) {
      value.forEach((item) => Object.freeze(item));
      Object.freeze(value);
    }
  }
  return Object.freeze(prompt);
}
