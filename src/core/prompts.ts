import {
  ACTION_ANSWERS,
  type Ending,
  type EngineState,
  type NoteSource,
  policyOf,
  RETURN_OFFER_ANSWERS,
  type Settings,
  type Step,
} from './engine.js';
import { formatDays, formatMessage, formatMonths } from './i18n.js';
import type { Distribution, ModelDevice } from './model.js';
import { type AgeBand, bandEndMonths, type Policy } from './policy.js';
import type { Device, LikelyCause, Link, Prompt, ResultPrompt } from './types.js';

/** How many causes a result lists, and the smallest probability worth listing. */
const LISTED_CAUSES = 3;
const LISTED_PROBABILITY = 0.01;
/** A cause at least this share of the likeliest one is named with it: near-tied causes, not one guess. */
const NEAR_TIE = 0.5;

/** Turns the engine's step into the words and options a shopper sees, in the session's language. */
export function promptFor(settings: Settings, state: EngineState, step: Step): Prompt {
  const { messages, translation } = settings;
  switch (step.kind) {
    case 'device':
      return freeze({
        kind: 'question',
        id: 'device',
        title: messages.deviceTitle,
        body: messages.deviceBody,
        options: settings.model.knowledgeBase.devices.map((d) => ({ id: d.id, label: deviceLabel(settings, d) })),
      });
    case 'age': {
      const policy = policyOf(settings, state.device!);
      // Each band's end in words; "More than …" names the latest: past it, the age no longer matters.
      const values = durations(settings, policy);
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
    case 'question': {
      const { question } = step.question;
      const words = translation?.questions?.[question.id];
      const index = variantIndex(question.variants, state.device!);
      const variant = question.variants?.[index];
      const variantWords = words?.variants?.[index];
      const body = (variant?.body !== undefined ? (variantWords?.body ?? variant.body) : undefined) ?? words?.body ?? question.body;
      return freeze({
        kind: 'question',
        id: question.id,
        title: (variant?.title !== undefined ? (variantWords?.title ?? variant.title) : undefined) ?? words?.title ?? question.title,
        ...(body === undefined ? {} : { body }),
        options: question.options.map(({ id, label }) => ({ id, label: words?.options?.[id]?.label ?? label })),
      });
    }
    case 'action': {
      const { action } = step.action;
      const words = translation?.actions?.[action.id];
      const index = variantIndex(action.variants, state.device!);
      const variant = action.variants?.[index];
      const variantWords = words?.variants?.[index];
      const steps = (variant?.steps !== undefined ? (variantWords?.steps ?? variant.steps) : undefined) ?? words?.steps ?? action.steps;
      return freeze({
        kind: 'action',
        id: action.id,
        title: (variant?.title !== undefined ? (variantWords?.title ?? variant.title) : undefined) ?? words?.title ?? action.title,
        steps: [...steps],
        minutes: action.minutes,
        ...(action.waitMinutes === undefined ? {} : { waitMinutes: action.waitMinutes }),
        options: ACTION_ANSWERS.map((id) => ({ id, label: messages.actionOptions[id] })),
      });
    }
    case 'return-offer': {
      const words = messages.returnOffer;
      return freeze({
        kind: 'question',
        id: 'return-offer',
        title: words.title,
        body: formatMessage(words.body, durations(settings, policyOf(settings, state.device!))),
        options: RETURN_OFFER_ANSWERS.map((id) => ({ id, label: words.options[id] })),
      });
    }
    case 'result':
      return resultPrompt(settings, state, step.ending);
  }
}

function variantIndex(variants: { devices: string[] }[] | undefined, device: ModelDevice): number {
  return variants?.findIndex((v) => v.devices.includes(device.device.id)) ?? -1;
}

export function deviceLabel({ translation }: Settings, device: Device): string {
  const words = translation?.devices?.[device.id];
  return `${words?.brand ?? device.brand} ${words?.name ?? device.name}`;
}

/**
 * The policy's durations in words: {days} (absent without a return window), {warranty}, {legal}
 * (the legal guarantee's end, or the warranty's when there is none), {lifespan} (the latest band end),
 * {presumed}, and the law's {region}.
 */
export function durations(settings: Settings, policy: Policy): Record<string, string> {
  const { locale } = settings;
  const ends = bandEndMonths(policy);
  const { region: regionId } = settings.origin;
  const region =
    settings.legal &&
    (regionId === undefined ? settings.messages.yourRegion : (settings.translation?.legalRights?.[regionId]?.name ?? settings.legal.name));
  return {
    ...(policy.returnDays > 0 ? { days: formatDays(locale, policy.returnDays) } : {}),
    warranty: formatMonths(locale, ends.warranty),
    legal: formatMonths(locale, ends.legal),
    lifespan: formatMonths(locale, ends.lifespan),
    ...(policy.presumedMonths > 0 ? { presumed: formatMonths(locale, policy.presumedMonths) } : {}),
    ...(region ? { region } : {}),
  };
}

function resultPrompt(settings: Settings, state: EngineState, ending: Ending): ResultPrompt {
  const device = state.device!;
  const { messages } = settings;
  const causes = likelyCauses(settings, ending.posterior);
  const policy = policyOf(settings, device);
  const words = messages.outcomes[ending.outcome];
  const values: Record<string, string> = {
    ...durations(settings, policy),
    brand: settings.translation?.devices?.[device.device.id]?.brand ?? device.device.brand,
    cause: causeWords(settings, causes),
  };
  const paragraphs = [formatMessage(replaceReason(settings, state, ending, policy) ?? words.body, values)];
  if (ending.outcome === 'legal-guarantee' && policy.presumedMonths > 0) paragraphs.push(formatMessage(messages.legalPresumed, values));
  if (ending.outcome === 'warranty-claim' && policy.legalMonths > policy.warrantyMonths && values.region)
    paragraphs.push(formatMessage(messages.alsoSeller, values));
  const notes = notesFor(settings, ending);
  return freeze({
    kind: 'result',
    id: ending.outcome,
    outcome: ending.outcome,
    title: words.title,
    body: [...paragraphs, ...notes.map((note) => note.text).filter((text): text is string => text !== undefined)].join('\n\n'),
    causes,
    links: [...notes.flatMap((note) => note.links), ...deviceLinks(settings, device, ending)],
    ...(device.device.supportEmail === undefined ? {} : { supportEmail: device.device.supportEmail }),
    options: [],
  });
}

/** A replacement before the end of the usual lifespan says why a repair does not pay. */
function replaceReason(settings: Settings, state: EngineState, ending: Ending, policy: Policy): string | undefined {
  if (ending.outcome !== 'replace' || policy.repairPays || state.ageBand === 'past-lifespan') return undefined;
  return settings.messages.replaceReasons[state.device!.device.repairable === false ? 'no-repair-service' : 'repair-too-costly'];
}

/** The likeliest cause, with any near-tied ones ("A or B"). */
function causeWords(settings: Settings, causes: readonly LikelyCause[]): string {
  const top = causes[0];
  if (top === undefined) return settings.messages.unknownCause;
  const tied = causes.filter((cause) => cause.probability >= top.probability * NEAR_TIE).map((cause) => cause.label);
  return new Intl.ListFormat(settings.locale, { type: 'disjunction' }).format(tied);
}

/** The words and links the answers (or a required step the shopper could not do) add to this result. */
function notesFor(settings: Settings, ending: Ending): { text: string | undefined; links: Link[] }[] {
  const { knowledgeBase } = settings.model;
  const words = settings.translation;
  return ending.notes.flatMap((source: NoteSource) => {
    if ('skippedAction' in source) {
      const action = knowledgeBase.actions.find((a) => a.id === source.skippedAction)!;
      return [{ text: words?.actions?.[action.id]?.whenSkipped?.note ?? action.whenSkipped?.note, links: [] }];
    }
    const option = knowledgeBase.questions.find((q) => q.id === source.question)!.options.find((o) => o.id === source.option)!;
    if (option.noteWhen !== undefined && !option.noteWhen.includes(ending.outcome)) return [];
    const optionWords = words?.questions?.[source.question]?.options?.[source.option];
    return [
      {
        text: option.note === undefined ? undefined : (optionWords?.note ?? option.note),
        links: (option.links ?? []).map((link, i) => ({ label: optionWords?.links?.[i] ?? link.label, href: link.href })),
      },
    ];
  });
}

function deviceLinks(settings: Settings, { device }: ModelDevice, ending: Ending): Link[] {
  const links: Link[] = [];
  // Refunds and legal remedies go through the shop, not the maker.
  if (ending.outcome === 'resolved' || ending.outcome === 'refund' || ending.outcome === 'legal-guarantee') return links;
  const brand = settings.translation?.devices?.[device.id]?.brand ?? device.brand;
  if (device.warrantyUrl !== undefined && ending.outcome !== 'replace') {
    links.push({ label: formatMessage(settings.messages.warrantyLink, { brand }), href: device.warrantyUrl });
  }
  if (device.supportUrl !== undefined)
    links.push({ label: formatMessage(settings.messages.supportLink, { brand }), href: device.supportUrl });
  return links;
}

export function likelyCauses(settings: Settings, posterior: Distribution): LikelyCause[] {
  const words = settings.translation?.causes;
  return settings.model.causes
    .map((cause, c) => ({ id: cause.id, label: words?.[cause.id]?.label ?? cause.label, probability: posterior[c]! }))
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
