import { ACTION_ANSWERS, deviceOf, policyOf, RETURN_OFFER_ANSWERS, type Settings, type Step } from '../engine/index.js';
import { variantFor } from '../model/index.js';
import {
  actionWords,
  brandOf,
  deviceLabel,
  durations,
  imageFor,
  localized,
  pageLanguage,
  resultPrompt,
  type Words,
} from '../outcomes/index.js';
import type { AgeBand } from '../shared/index.js';
import { deepFreeze, formatMessage, ownCopy } from '../shared/index.js';
import type { Prompt, PromptImage, SessionState } from '../types.js';

/** Turns the engine's step into the words and options a shopper sees, in one language. */
export function promptFor(settings: Settings, words: Words, state: SessionState, step: Step): Prompt {
  const { messages, translation } = words;
  const device = deviceOf(settings, state);
  switch (step.kind) {
    case 'device': {
      // Grouped by the knowledge base's brand, named in the language: a translation may inflect a
      // shared brand ("Autre", "Autres"), which must not split the group.
      const brandGroups = new Map<string, string>();
      for (const d of settings.model.knowledgeBase.devices) {
        if (!brandGroups.has(d.brand)) brandGroups.set(d.brand, brandOf(words, d));
      }
      return freeze({
        kind: 'question',
        id: 'device',
        title: messages.deviceTitle,
        body: messages.deviceBody,
        options: settings.model.knowledgeBase.devices.map((d) => ({
          id: d.id,
          label: deviceLabel(words, d),
          group: brandGroups.get(d.brand)!,
          ...withImage(imageFor(settings.model, words, d.image)),
        })),
      });
    }
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
      const body = localized(question.body, own?.body, { written: variant?.body, translated: variantWords?.body });
      const links = (question.links ?? []).map((link) => ({
        label: own?.links?.[link.id] ?? link.label,
        href: link.href,
        ...pageLanguage(settings, words),
      }));
      return freeze({
        kind: 'question',
        id: question.id,
        title: localized(question.title, own?.title, { written: variant?.title, translated: variantWords?.title }),
        ...(body === undefined ? {} : { body }),
        ...(links.length === 0 ? {} : { links }),
        ...withImage(imageFor(settings.model, words, variant?.image ?? question.image)),
        options: question.options.map(({ id, label, swatch }) => ({
          id,
          label: localized(label, own?.options?.[id]?.label),
          ...(swatch === undefined ? {} : { swatch }),
        })),
      });
    }
    case 'action': {
      const { action } = step.action;
      const variant = variantFor(action.variants, device!.device.id);
      const { title, steps } = actionWords(words, action, device!.device.id);
      // Inside the return window the shopper may return it instead: every step says so.
      const returnOpen = state.ageBand === 'return';
      return freeze({
        kind: 'action',
        id: action.id,
        title,
        ...(returnOpen ? { body: formatMessage(messages.returnStillOpen, durations(settings, words, policyOf(settings, device!))) } : {}),
        steps: [...steps],
        minutes: action.minutes,
        ...(action.waitMinutes === undefined ? {} : { waitMinutes: action.waitMinutes }),
        ...withImage(imageFor(settings.model, words, variant?.image ?? action.image)),
        options: ACTION_ANSWERS.map((id) => ({ id, label: messages.actionOptions[id] })),
      });
    }
    case 'result':
      // The engine's own endings are literals: read as own fields, as a state's are.
      return freeze(resultPrompt(settings, words, state, device!, ownCopy(step.ending)));
  }
}

function withImage(image: PromptImage | undefined): { image?: PromptImage } {
  return image === undefined ? {} : { image };
}

/**
 * Prompts are handed to callers; freezing keeps a careless caller from changing a session's past. Their
 * objects have no prototype: a view reading a field a prompt leaves out (a claim's `language`, an
 * image) gets undefined, never what a script on the page put on Object.prototype.
 */
function freeze<T extends Prompt>(prompt: T): T {
  return deepFreeze(ownCopy(prompt));
}
