import { ACTION_ANSWERS, policyOf, type EngineState, type Ending, type Settings, type Step } from './engine.js';
import type { Distribution, ModelDevice } from './model.js';
import { texts } from './texts.js';
import type { LikelyCause, Link, Prompt, ResultPrompt } from './types.js';

/** How many causes a result lists, and the smallest probability worth listing. */
const LISTED_CAUSES = 3;
const LISTED_PROBABILITY = 0.01;

/** Turns the engine's step into the words and options a shopper sees. */
export function promptFor(settings: Settings, state: EngineState, step: Step): Prompt {
  switch (step.kind) {
    case 'device':
      return freeze({
        kind: 'question',
        id: 'device',
        ...texts.device,
        options: settings.model.knowledgeBase.devices.map((d) => ({ id: d.id, label: deviceLabel(d) })),
      });
    case 'age': {
      const policy = policyOf(settings, state.device!);
      return freeze({
        kind: 'question',
        id: 'age',
        title: texts.age.title,
        body: texts.age.body,
        options: [...step.bands, 'unknown' as const].map((band) => ({ id: band, label: texts.age.option(band, policy) })),
      });
    }
    case 'question': {
      const { question } = step.question;
      const variant = question.variants?.find((v) => v.devices.includes(state.device!.device.id));
      const body = variant?.body ?? question.body;
      return freeze({
        kind: 'question',
        id: question.id,
        title: variant?.title ?? question.title,
        ...(body === undefined ? {} : { body }),
        options: question.options.map(({ id, label }) => ({ id, label })),
      });
    }
    case 'action': {
      const { action } = step.action;
      const variant = action.variants?.find((v) => v.devices.includes(state.device!.device.id));
      return freeze({
        kind: 'action',
        id: action.id,
        title: variant?.title ?? action.title,
        steps: [...(variant?.steps ?? action.steps)],
        minutes: action.minutes,
        ...(action.waitMinutes === undefined ? {} : { waitMinutes: action.waitMinutes }),
        options: ACTION_ANSWERS.map((id) => ({ id, label: texts.actionOptions[id] })),
      });
    }
    case 'result':
      return resultPrompt(settings, state.device!, step.ending);
  }
}

export function deviceLabel(device: { brand: string; name: string }): string {
  return `${device.brand} ${device.name}`;
}

function resultPrompt(settings: Settings, device: ModelDevice, ending: Ending): ResultPrompt {
  const causes = likelyCauses(settings, ending.posterior);
  const words = texts.outcomes[ending.outcome];
  const facts = { policy: policyOf(settings, device), ...(causes[0] ? { cause: causes[0].label } : {}) };
  const body = [words.body(facts), ending.note].filter(Boolean).join('\n\n');
  return freeze({
    kind: 'result',
    id: ending.outcome,
    outcome: ending.outcome,
    title: words.title,
    body,
    causes,
    links: [...(ending.links ?? []), ...deviceLinks(device, ending)],
    ...(device.device.supportEmail === undefined ? {} : { supportEmail: device.device.supportEmail }),
    options: [],
  });
}

function deviceLinks({ device }: ModelDevice, ending: Ending): Link[] {
  const links: Link[] = [];
  if (ending.outcome === 'resolved' || ending.outcome === 'refund') return links;
  if (device.warrantyUrl !== undefined && ending.outcome !== 'replace') {
    links.push({ label: texts.links.warranty(device.brand), href: device.warrantyUrl });
  }
  if (device.supportUrl !== undefined) links.push({ label: texts.links.support(device.brand), href: device.supportUrl });
  return links;
}

export function likelyCauses(settings: Settings, posterior: Distribution): LikelyCause[] {
  return settings.model.causes
    .map((cause, c) => ({ id: cause.id, label: cause.label, probability: posterior[c]! }))
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
