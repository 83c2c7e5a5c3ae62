import { ACTION_ANSWERS, policyOf, type EngineState, type Ending, type Settings, type Step } from './engine.js';
import { formatDays, formatMessage, formatMonths } from './i18n.js';
import type { Distribution, ModelDevice } from './model.js';
import type { AgeBand, Policy } from './policy.js';
import type { Device, LikelyCause, Link, Prompt, ResultPrompt } from './types.js';

/** How many causes a result lists, and the smallest probability worth listing. */
const LISTED_CAUSES = 3;
const LISTED_PROBABILITY = 0.01;

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
      // "More than …" names the later of warranty and lifespan: past both, the age no longer matters.
      const values: Record<string, string> = {
        ...durations(settings, policy),
        lifespan: formatMonths(settings.locale, Math.max(policy.warrantyMonths, policy.lifespanMonths)),
      };
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
      const body = (variant?.body !== undefined ? variantWords?.body ?? variant.body : undefined) ?? words?.body ?? question.body;
      return freeze({
        kind: 'question',
        id: question.id,
        title: (variant?.title !== undefined ? variantWords?.title ?? variant.title : undefined) ?? words?.title ?? question.title,
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
      const steps = (variant?.steps !== undefined ? variantWords?.steps ?? variant.steps : undefined) ?? words?.steps ?? action.steps;
      return freeze({
        kind: 'action',
        id: action.id,
        title: (variant?.title !== undefined ? variantWords?.title ?? variant.title : undefined) ?? words?.title ?? action.title,
        steps: [...steps],
        minutes: action.minutes,
        ...(action.waitMinutes === undefined ? {} : { waitMinutes: action.waitMinutes }),
        options: ACTION_ANSWERS.map((id) => ({ id, label: messages.actionOptions[id] })),
      });
    }
    case 'result':
      return resultPrompt(settings, state.device!, step.ending);
  }
}

function variantIndex(variants: { devices: string[] }[] | undefined, device: ModelDevice): number {
  return variants?.findIndex((v) => v.devices.includes(device.device.id)) ?? -1;
}

export function deviceLabel({ translation }: Settings, device: Device): string {
  const words = translation?.devices?.[device.id];
  return `${words?.brand ?? device.brand} ${words?.name ?? device.name}`;
}

/** The policy's durations in words: {days} (absent without a return window), {warranty}, {lifespan}. */
export function durations({ locale }: Settings, policy: Policy): Record<string, string> {
  return {
    ...(policy.returnDays > 0 ? { days: formatDays(locale, policy.returnDays) } : {}),
    warranty: formatMonths(locale, policy.warrantyMonths),
    lifespan: formatMonths(locale, policy.lifespanMonths),
  };
}

function resultPrompt(settings: Settings, device: ModelDevice, ending: Ending): ResultPrompt {
  const causes = likelyCauses(settings, ending.posterior);
  const words = settings.messages.outcomes[ending.outcome];
  const values = { ...durations(settings, policyOf(settings, device)), cause: causes[0]?.label ?? settings.messages.unknownCause };
  const body = [formatMessage(words.body, values), ending.note].filter(Boolean).join('\n\n');
  return freeze({
    kind: 'result',
    id: ending.outcome,
    outcome: ending.outcome,
    title: words.title,
    body,
    causes,
    links: [...(ending.links ?? []), ...deviceLinks(settings, device, ending)],
    ...(device.device.supportEmail === undefined ? {} : { supportEmail: device.device.supportEmail }),
    options: [],
  });
}

function deviceLinks(settings: Settings, { device }: ModelDevice, ending: Ending): Link[] {
  const links: Link[] = [];
  if (ending.outcome === 'resolved' || ending.outcome === 'refund') return links;
  const brand = settings.translation?.devices?.[device.id]?.brand ?? device.brand;
  if (device.warrantyUrl !== undefined && ending.outcome !== 'replace') {
    links.push({ label: formatMessage(settings.messages.warrantyLink, { brand }), href: device.warrantyUrl });
  }
  if (device.supportUrl !== undefined) links.push({ label: formatMessage(settings.messages.supportLink, { brand }), href: device.supportUrl });
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
