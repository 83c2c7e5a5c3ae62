import { describe, RESERVED_PROMPT_IDS, someOf, truncate } from '../shared/index.js';
import { checkAnswersPossible, checkLikelihoodSums } from './likelihoods.js';
import { childPath, ID, isObject, type Json, type Report } from './rules.js';

export const entries = (list: unknown, key: string): [Json, string][] =>
  Array.isArray(list) ? list.flatMap((item, i) => (isObject(item) ? [[item, childPath(key, i)] as [Json, string]] : [])) : [];

/** What the field-by-field checks cannot see: uniqueness, references, sums. */
export function checkReferences(kb: Json, report: Report): void {
  const unique = (items: [Json, string][], taken: Map<string, string>, what: string) => {
    const found = new Set<string>();
    for (const [item, path] of items) {
      if (typeof item.id !== 'string' || !ID.test(item.id)) continue;
      const first = taken.get(item.id);
      if (first !== undefined) report(childPath(path, 'id'), `duplicate ${what} id "${truncate(item.id)}" (first used at ${first})`);
      else {
        taken.set(item.id, path);
        found.add(item.id);
      }
    }
    return found;
  };
  const causes = unique(entries(kb.causes, 'causes'), new Map(), 'cause');
  const devices = unique(entries(kb.devices, 'devices'), new Map(), 'device');
  const prompts = new Map(RESERVED_PROMPT_IDS.map((reserved) => [reserved, 'a prompt the engine makes itself']));
  const actionItems = entries(kb.actions, 'actions');
  const questionItems = entries(kb.questions, 'questions');
  const actions = unique(actionItems, prompts, 'prompt');
  const questions = unique(questionItems, prompts, 'prompt');
  const references = (owner: Json, field: string, path: string, known: Set<string>, what: string) => {
    const named = owner[field];
    if (!Array.isArray(named)) return;
    named.forEach((ref, i) => {
      if (typeof ref === 'string' && !known.has(ref)) report(childPath(childPath(path, field), i), `unknown ${what} "${truncate(ref)}"`);
    });
  };

  const causeKeys = (map: unknown, path: string) => {
    if (isObject(map))
      for (const cause of Object.keys(map)) if (!causes.has(cause)) report(childPath(path, cause), `unknown cause "${truncate(cause)}"`);
  };
  // A Set: the lists of a catalogue with thousands of products are looked up in, never scanned.
  const deviceRefs = (owner: Json, path: string): Set<string> | undefined => {
    if (!Array.isArray(owner.devices)) return undefined;
    const seen = new Set<string>();
    owner.devices.forEach((device, i) => {
      if (typeof device !== 'string') return;
      // Its path is made only for a problem: a catalogue's lists hold tens of thousands of entries.
      if (!devices.has(device)) report(childPath(childPath(path, 'devices'), i), `unknown device "${truncate(device)}"`);
      else if (seen.has(device)) report(childPath(childPath(path, 'devices'), i), `"${truncate(device)}" is listed twice`);
      seen.add(device);
    });
    return seen;
  };
  const variants = (owner: Json, path: string, applies: Set<string> | undefined) => {
    const claimed = new Map<string, string>();
    const variantItems = entries(owner.variants, childPath(path, 'variants'));
    unique(variantItems, new Map(), 'variant');
    for (const [variant, at] of variantItems) {
      const listed = deviceRefs(variant, at) === undefined ? [] : (variant.devices as unknown[]);
      listed.forEach((device, j) => {
        if (typeof device !== 'string') return;
        const devicePath = () => childPath(childPath(at, 'devices'), j);
        if (applies !== undefined && !applies.has(device)) report(devicePath(), `"${truncate(device)}" is not one of this entry's devices`);
        const first = claimed.get(device);
        if (first !== undefined) report(devicePath(), `"${truncate(device)}" already has a variant at ${first}`);
        else claimed.set(device, at);
      });
    }
  };

  const images = new Set(isObject(kb.images) ? Object.keys(kb.images) : []);
  const regions = new Set(isObject(kb.legalRights) ? Object.keys(kb.legalRights) : []);
  const imageRef = (owner: Json, path: string) => {
    if (typeof owner.image === 'string' && !images.has(owner.image))
      report(childPath(path, 'image'), `unknown image "${truncate(owner.image)}"`);
  };
  const variantImages = (owner: Json, path: string) => {
    for (const [variant, at] of entries(owner.variants, childPath(path, 'variants'))) imageRef(variant, at);
  };

  for (const [device, path] of entries(kb.devices, 'devices')) {
    causeKeys(device.priors, childPath(path, 'priors'));
    imageRef(device, path);
    for (const [page, at] of entries(device.claimPages, childPath(path, 'claimPages'))) {
      // A claim page serves the regions the session knows, the keys of legalRights.
      if (Array.isArray(page.regions))
        page.regions.forEach((region: unknown, r: number) => {
          if (typeof region === 'string' && !regions.has(region))
            report(childPath(childPath(at, 'regions'), r), `unknown region "${truncate(region)}": not a key of legalRights`);
        });
    }
    if (typeof device.repairPriceMax === 'number') {
      if (typeof device.repairPrice !== 'number') report(childPath(path, 'repairPriceMax'), 'needs repairPrice, the low end of the range');
      else if (device.repairPriceMax < device.repairPrice)
        report(childPath(path, 'repairPriceMax'), `must be at least repairPrice (${device.repairPrice}), not ${device.repairPriceMax}`);
    }
  }

  const actionDevices = new Map<string, ReadonlySet<string> | undefined>();
  for (const [action, path] of actionItems) {
    causeKeys(action.fixes, childPath(path, 'fixes'));
    if (isObject(action.whenSkipped)) stopOnlyWithSafetyStop(action.whenSkipped, childPath(path, 'whenSkipped'), report);
    if (isObject(action.needs)) partFixesItsCause(action, childPath(childPath(path, 'needs'), 'cause'), causes, report);
    references(action, 'reveals', path, questions, 'question');
    imageRef(action, path);
    variantImages(action, path);
    const applies = deviceRefs(action, path);
    variants(action, path, applies);
    if (typeof action.id === 'string' && actions.has(action.id)) actionDevices.set(action.id, applies);
  }

  for (const [question, path] of questionItems) {
    imageRef(question, path);
    variantImages(question, path);
    const applies = deviceRefs(question, path);
    variants(question, path, applies);
    unique(entries(question.links, childPath(path, 'links')), new Map(), 'link');
    const optionsPath = childPath(path, 'options');
    const options = entries(question.options, optionsPath);
    unique(options, new Map(), 'option');
    for (const [option, at] of options) {
      causeKeys(option.likelihood, childPath(at, 'likelihood'));
      references(option, 'excludes', at, actions, 'action');
      unique(entries(option.links, childPath(at, 'links')), new Map(), 'link');
      if (typeof option.next === 'string') checkNext(option.next, childPath(at, 'next'), actionDevices, applies, report);
      stopOnlyWithSafetyStop(option, at, report);
    }
    checkLikelihoodSums(options, optionsPath, report);
    checkAnswersPossible(options, causes, report);
  }

  if (Array.isArray(kb.fixedOrder)) references(kb, 'fixedOrder', '$', actions, 'action');

  if (isObject(kb.translations)) {
    for (const [language, words] of Object.entries(kb.translations)) {
      if (isObject(words)) checkTranslation(kb, words, childPath('translations', language), report);
    }
  }
}

/** Every id a translation names exists, and translated step lists keep their length. */
export function checkTranslation(kb: Json, words: Json, path: string, report: Report): void {
  const byId = (list: unknown) => new Map(entries(list, '').map(([item]) => [item.id, item] as [unknown, Json]));
  const sameLength = (translated: unknown, original: unknown, at: string) => {
    if (!Array.isArray(translated)) return;
    const expected = Array.isArray(original) ? original.length : 0;
    if (translated.length !== expected) report(at, `has ${translated.length} steps; the original has ${expected}`);
  };
  const named = (
    translated: unknown,
    originals: Map<unknown, Json>,
    at: string,
    what: string,
    each?: (entry: Json, original: Json, path: string) => void,
  ) => {
    if (!isObject(translated)) return;
    for (const [key, entry] of Object.entries(translated)) {
      const entryPath = childPath(at, key);
      const original = originals.get(key);
      if (original === undefined) report(entryPath, `unknown ${what} "${truncate(key)}"`);
      else if (isObject(entry)) each?.(entry, original, entryPath);
    }
  };
  const legalRights = new Map(Object.keys(isObject(kb.legalRights) ? kb.legalRights : {}).map((region) => [region, {} as Json]));
  named(words.causes, byId(kb.causes), childPath(path, 'causes'), 'cause');
  named(words.devices, byId(kb.devices), childPath(path, 'devices'), 'device');
  named(words.legalRights, legalRights, childPath(path, 'legalRights'), 'region');
  named(words.actions, byId(kb.actions), childPath(path, 'actions'), 'action', (entry, original, at) => {
    sameLength(entry.steps, original.steps, childPath(at, 'steps'));
    named(entry.variants, byId(original.variants), childPath(at, 'variants'), 'variant', (variant, originalVariant, variantPath) =>
      sameLength(variant.steps, originalVariant.steps ?? original.steps, childPath(variantPath, 'steps')),
    );
  });
  named(words.questions, byId(kb.questions), childPath(path, 'questions'), 'question', (entry, original, at) => {
    named(entry.variants, byId(original.variants), childPath(at, 'variants'), 'variant');
    named(entry.links, byId(original.links), childPath(at, 'links'), 'link');
    named(entry.options, byId(original.options), childPath(at, 'options'), 'option', (option, originalOption, optionPath) => {
      if (isObject(option.links)) named(option.links, byId(originalOption.links), childPath(optionPath, 'links'), 'link');
      sameLength(option.steps, originalOption.steps, childPath(optionPath, 'steps'));
    });
  });
  const images = new Map(Object.keys(isObject(kb.images) ? kb.images : {}).map((image) => [image, {} as Json]));
  named(words.images, images, childPath(path, 'images'), 'image');
}

/** A part is sent for because it fixes its cause: the cause must be one the action fixes. */
function partFixesItsCause(action: Json, path: string, causes: Set<string>, report: Report): void {
  const cause = (action.needs as Json).cause;
  if (typeof cause !== 'string') return;
  if (!causes.has(cause)) report(path, `unknown cause "${truncate(cause)}"`);
  else if (!isObject(action.fixes) || !(typeof action.fixes[cause] === 'number' && action.fixes[cause] > 0))
    report(path, `the action does not fix "${truncate(cause)}" (fixes.${truncate(cause)} is 0 or left out)`);
}

/** A stop reason belongs to a safety stop: on any other ending it would say nothing true. */
export function stopOnlyWithSafetyStop(owner: Json, path: string, report: Report): void {
  if (owner.stop !== undefined && owner.outcome !== 'safety-stop')
    report(childPath(path, 'stop'), `a stop reason goes with outcome "safety-stop", not ${describe(owner.outcome)}`);
}

export function checkNext(
  next: string,
  path: string,
  actions: ReadonlyMap<string, ReadonlySet<string> | undefined>,
  questionDevices: ReadonlySet<string> | undefined,
  report: Report,
): void {
  if (!actions.has(next)) {
    report(path, `unknown action "${truncate(next)}"`);
    return;
  }
  const actionDevices = actions.get(next);
  if (actionDevices === undefined) return;
  const missing = questionDevices === undefined ? ['(every device)'] : [...questionDevices].filter((d) => !actionDevices.has(d));
  if (missing.length > 0)
    report(path, `action "${truncate(next)}" does not apply to every device this question is asked for (${someOf(missing)})`);
}
