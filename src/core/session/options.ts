import { coreEnglish } from '../../locales/en-core.js';
import type { CoreLocale } from '../../locales/types.js';
import type { Settings } from '../engine/index.js';
import { type Model, modelOf } from '../model/index.js';
import { knowledgeBaseSpeaks, newSessionId, readShop, SESSION_ID, SESSION_ID_RULE } from '../outcomes/index.js';
import { describe, formatDate, httpsOrigin, isAfter, localDate, ownFields, parseDate, someOf, truncate } from '../shared/index.js';
import type { KnowledgeBase, SessionOptions } from '../types.js';

// A session's options, checked and turned into the engine's settings: the one place options are read.

/** A value in an error message: a string (cut when long) or number as written, anything else described (never a throw). */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(truncate(value));
  return typeof value === 'number' ? String(value) : describe(value);
}

/** A language value, and one the knowledge base has text in: never its English in place of a language asked for. */
export function checkLocale(locale: unknown, knowledgeBase: KnowledgeBase): asserts locale is CoreLocale {
  const value = locale as Partial<CoreLocale> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof value.tag !== 'string' ||
    typeof value.core !== 'object' ||
    value.core === null
  ) {
    throw new TypeError(
      `locale must be a language value, not ${typeof locale === 'string' ? shown(locale) : typeof locale}: pass the result of await loadLocale(${typeof locale === 'string' ? shown(locale) : "'de'"})`,
    );
  }
  if (!knowledgeBaseSpeaks(knowledgeBase, value as CoreLocale)) {
    throw new RangeError(
      `The knowledge base has no text in ${shown(value!.tag)} (it is written in "${knowledgeBase.language ?? 'en'}"${knowledgeBase.translations ? ` and translated into ${Object.keys(knowledgeBase.translations).join(', ')}` : ''}): a shopper must be able to read the safety check`,
    );
  }
}

/** Every image of the knowledge base at an https: address is on an origin the page allows. */
function checkImageOrigins(model: Model, given: unknown): void {
  if (given !== undefined && (!Array.isArray(given) || !given.every((o) => typeof o === 'string' && httpsOrigin(o) === o))) {
    throw new RangeError(`imageOrigins must be a list of https: origins such as "https://cdn.shop.example", not ${shown(given)}`);
  }
  const allowed = new Set<string>(given ?? []);
  for (const [id, image] of Object.entries(model.knowledgeBase.images ?? {})) {
    const origin = image.src === undefined ? undefined : httpsOrigin(image.src);
    if (origin !== undefined && !allowed.has(origin)) {
      throw new RangeError(
        `The image "${id}" ($.images.${id}.src) is on ${origin}, which the page does not allow images from: add it to image-origins (imageOrigins)`,
      );
    }
  }
}

/** A session's settings from its options, checked as `createSession` checks them (the path verifier walks from them). */
export function settingsOf(given: SessionOptions): { settings: Settings; locale: CoreLocale } {
  const options = typeof given === 'object' && given !== null ? ownFields(given) : given;
  if (typeof options !== 'object' || options === null || options.knowledgeBase === undefined) {
    throw new TypeError(
      "createSession needs a knowledgeBase: the built-in one is import { defaultKnowledgeBase } from 'charge-troubleshooter/knowledge-base'",
    );
  }
  const { knowledgeBase } = options;
  const model = modelOf(knowledgeBase);
  const locale = options.locale ?? coreEnglish;
  checkLocale(locale, model.knowledgeBase);
  const today = parseDate(options.today ?? localDate(Date.now()), 'today');
  if (options.id !== undefined && (typeof options.id !== 'string' || !SESSION_ID.test(options.id))) {
    throw new RangeError(`id must be ${SESSION_ID_RULE}, not ${shown(options.id)}`);
  }
  // Without a prototype: a setting left out reads as undefined, whatever a page put on Object.prototype.
  const settings: Settings = ownFields({ model, today, origin: ownFields({ id: options.id ?? newSessionId(), today: formatDate(today) }) });

  if (options.device !== undefined && !model.devices.has(options.device)) {
    throw new RangeError(`Unknown device ${shown(options.device)}; known devices: ${someOf([...model.devices.keys()], 20)}`);
  }
  if (options.device !== undefined) settings.origin.device = options.device;

  if (options.purchaseDate !== undefined) {
    const purchaseDate = parseDate(options.purchaseDate, 'purchaseDate');
    if (isAfter(purchaseDate, today)) {
      throw new RangeError(`purchaseDate ${options.purchaseDate} is after today (${formatDate(today)})`);
    }
    settings.purchaseDate = purchaseDate;
    settings.origin.purchaseDate = options.purchaseDate;
  }

  if (options.returnDays !== undefined) {
    if (!Number.isInteger(options.returnDays) || options.returnDays < 0) {
      throw new RangeError(`returnDays must be a whole number of days, 0 or more, not ${shown(options.returnDays)}`);
    }
    settings.returnDays = options.returnDays;
    settings.origin.returnDays = options.returnDays;
  }

  const regions = model.knowledgeBase.legalRights ?? {}; // the checked copy, not the object as given
  if (options.region !== undefined) {
    if (!Object.hasOwn(regions, options.region)) {
      const known = Object.keys(regions);
      throw new RangeError(
        `Unknown region ${shown(options.region)}; ${known.length > 0 ? `regions the knowledge base knows: ${someOf(known, 20)}` : 'the knowledge base names no regions'}`,
      );
    }
    settings.legal = regions[options.region]!;
    settings.origin.region = options.region;
  }
  if (options.legalGuaranteeMonths !== undefined) {
    if (!Number.isInteger(options.legalGuaranteeMonths) || options.legalGuaranteeMonths < 0) {
      throw new RangeError(`legalGuaranteeMonths must be a whole number of months, 0 or more, not ${shown(options.legalGuaranteeMonths)}`);
    }
    settings.legal = ownFields({ name: settings.legal?.name ?? '', ...settings.legal, guaranteeMonths: options.legalGuaranteeMonths });
    settings.origin.legalGuaranteeMonths = options.legalGuaranteeMonths;
  }
  const shop = readShop(options.shop, model);
  if (shop !== undefined) settings.shop = shop;
  checkImageOrigins(model, options.imageOrigins);
  return { settings, locale };
}
