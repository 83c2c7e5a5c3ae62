import { OUTCOMES, type KnowledgeBase } from './types.js';

export interface KnowledgeBaseProblem {
  /** JSON path of the offending value, like `actions[2].fixes.cable`; `$` is the whole input. */
  path: string;
  message: string;
}

/** Thrown by `validateKnowledgeBase` with every problem found, not just the first. */
export class KnowledgeBaseError extends Error {
  readonly problems: KnowledgeBaseProblem[];

  constructor(problems: KnowledgeBaseProblem[]) {
    const shown = problems.slice(0, 10).map((p) => `  ${p.path}: ${p.message}`);
    if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
    super(`Invalid knowledge base (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown.join('\n')}`);
    this.name = 'KnowledgeBaseError';
    this.problems = problems;
  }
}

/** Prompt ids the engine makes itself; a knowledge base may not take them. */
export const RESERVED_PROMPT_IDS: readonly string[] = ['device', 'age', ...OUTCOMES];

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
// The whole href must be one allowed scheme and no whitespace or control characters anywhere:
// browsers drop tabs and newlines inside URLs, so "java\tscript:" would otherwise slip through.
const SAFE_LINK = /^(?:https?:\/\/[^\s\x00-\x1f\x7f]+|(?:mailto|tel):[^\s\x00-\x1f\x7f]+)$/i;
// Deliberately loose: it only has to keep a mailto: link well-formed.
const EMAIL = /^[^\s@?&#"<>]+@[^\s@?&#"<>]+\.[^\s@?&#"<>]+$/;
const SUM_TOLERANCE = 1e-6;
const DEVICE_KINDS = ['headphones', 'earbuds', 'speaker'];
const CONNECTORS = ['magnetic', 'usb-c', 'micro-usb', 'cradle', 'case'];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** `parent.key`, or `parent["odd key"]` when the key is not a plain identifier. */
function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const name = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return parent === '$' ? name.replace(/^\./, '') : parent + name;
}

/** Collects problems while walking the input; each check reports and carries on. */
class Checker {
  readonly problems: KnowledgeBaseProblem[] = [];

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(value: unknown, path: string, allowed: readonly string[]): value is Json {
    if (!isObject(value)) {
      this.report(path, `must be an object, not ${describe(value)}`);
      return false;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key) && !key.startsWith('$')) {
        this.report(childPath(path, key), `unknown field "${key}" (expected one of: ${allowed.join(', ')})`);
      }
    }
    return true;
  }

  array(value: unknown, path: string, required: boolean): value is unknown[] {
    if (value === undefined && !required) return false;
    if (value === undefined) this.report(path, 'is missing (expected an array)');
    else if (!Array.isArray(value)) this.report(path, `must be an array, not ${describe(value)}`);
    return Array.isArray(value);
  }

  string(owner: Json, key: string, path: string, required: boolean): string | undefined {
    const value = owner[key];
    const at = childPath(path, key);
    if (value === undefined) {
      if (required) this.report(at, 'is missing (expected a non-empty string)');
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(at, `must be a non-empty string, not ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  id(owner: Json, path: string): string | undefined {
    const id = this.string(owner, 'id', path, true);
    if (id !== undefined && !ID_PATTERN.test(id)) {
      this.report(childPath(path, 'id'), `"${id}" is not a valid id: use letters, digits, "-" and "_", starting with a letter or digit`);
      return undefined;
    }
    return id;
  }

  number(owner: Json, key: string, path: string, rule: 'positive' | 'non-negative', required: boolean): number | undefined {
    const value = owner[key];
    const at = childPath(path, key);
    if (value === undefined) {
      if (required) this.report(at, `is missing (expected a ${rule} number)`);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report(at, `must be a finite number, not ${describe(value)}`);
      return undefined;
    }
    if (rule === 'positive' ? value <= 0 : value < 0) {
      this.report(at, `must be ${rule === 'positive' ? 'greater than 0' : '0 or more'}, not ${value}`);
      return undefined;
    }
    return value;
  }

  boolean(owner: Json, key: string, path: string): void {
    const value = owner[key];
    if (value === undefined) this.report(childPath(path, key), 'is missing (expected true or false)');
    else if (typeof value !== 'boolean') this.report(childPath(path, key), `must be true or false, not ${describe(value)}`);
  }

  oneOf(owner: Json, key: string, path: string, allowed: readonly string[], required: boolean): void {
    const value = owner[key];
    if (value === undefined) {
      if (required) this.report(childPath(path, key), `is missing (expected one of: ${allowed.join(', ')})`);
    } else if (typeof value !== 'string' || !allowed.includes(value)) {
      this.report(childPath(path, key), `must be one of ${allowed.join(', ')}, not ${describe(value)}`);
    }
  }

  stringList(owner: Json, key: string, path: string, required: boolean): string[] {
    const at = childPath(path, key);
    const value = owner[key];
    if (!this.array(value, at, required)) return [];
    if (value.length === 0) this.report(at, 'must not be empty');
    const strings: string[] = [];
    value.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') strings.push(item);
      else this.report(childPath(at, i), `must be a non-empty string, not ${describe(item)}`);
    });
    return strings;
  }

  /** A list of ids that must each name a known thing, without repeats. */
  references(owner: Json, key: string, path: string, known: ReadonlySet<string>, what: string): string[] | undefined {
    if (owner[key] === undefined) return undefined;
    const at = childPath(path, key);
    const seen = new Set<string>();
    const ids = this.stringList(owner, key, path, false);
    ids.forEach((id, i) => {
      if (!known.has(id)) this.report(childPath(at, i), `unknown ${what} "${id}"`);
      else if (seen.has(id)) this.report(childPath(at, i), `"${id}" is listed twice`);
      seen.add(id);
    });
    return ids;
  }

  /** A map from cause id to a probability; returns the valid entries. */
  probabilities(owner: Json, key: string, path: string, causes: ReadonlySet<string>): Map<string, number> {
    const at = childPath(path, key);
    const entries = new Map<string, number>();
    const value = owner[key];
    if (value === undefined) {
      this.report(at, 'is missing (expected an object mapping cause ids to probabilities)');
      return entries;
    }
    if (!isObject(value)) {
      this.report(at, `must be an object mapping cause ids to probabilities, not ${describe(value)}`);
      return entries;
    }
    for (const [cause, p] of Object.entries(value)) {
      const here = childPath(at, cause);
      if (!causes.has(cause)) this.report(here, `unknown cause "${cause}"`);
      else if (typeof p !== 'number' || !Number.isFinite(p)) this.report(here, `must be a probability (a number from 0 to 1), not ${describe(p)}`);
      else if (p < 0 || p > 1) this.report(here, `probability must be from 0 to 1, not ${p}`);
      else entries.set(cause, p);
    }
    return entries;
  }

  link(value: unknown, path: string): void {
    if (typeof value !== 'string') this.report(path, `must be a link (a string), not ${describe(value)}`);
    else if (!SAFE_LINK.test(value)) {
      this.report(path, `"${value.slice(0, 60)}" is not an allowed link: only absolute https:, http:, mailto: and tel: links, without spaces`);
    }
  }

  optionalLink(owner: Json, key: string, path: string): void {
    if (owner[key] !== undefined) this.link(owner[key], childPath(path, key));
  }

  links(owner: Json, key: string, path: string): void {
    const at = childPath(path, key);
    if (!this.array(owner[key], at, false)) return;
    (owner[key] as unknown[]).forEach((link, i) => {
      const here = childPath(at, i);
      if (!this.object(link, here, ['label', 'href'])) return;
      this.string(link, 'label', here, true);
      if (link.href === undefined) this.report(childPath(here, 'href'), 'is missing (expected a link)');
      else this.link(link.href, childPath(here, 'href'));
    });
  }

  /** Each item's id must be unique among `taken`; returns the item's id when valid. */
  uniqueId(item: Json, path: string, taken: Map<string, string>, what: string): string | undefined {
    const id = this.id(item, path);
    if (id === undefined) return undefined;
    const first = taken.get(id);
    if (first !== undefined) {
      this.report(childPath(path, 'id'), `duplicate ${what} id "${id}" (first used at ${first})`);
      return undefined;
    }
    taken.set(id, path);
    return id;
  }
}

const ROOT_FIELDS = ['schemaVersion', 'causes', 'actions', 'questions', 'devices', 'escalationMinutes', 'source'];
const CAUSE_FIELDS = ['id', 'label', 'userFixable', 'source'];
const ACTION_FIELDS = ['id', 'title', 'steps', 'minutes', 'waitMinutes', 'fixes', 'devices', 'variants', 'source'];
const ACTION_VARIANT_FIELDS = ['devices', 'title', 'steps', 'source'];
const QUESTION_FIELDS = ['id', 'title', 'body', 'devices', 'minutes', 'options', 'variants', 'source'];
const QUESTION_VARIANT_FIELDS = ['devices', 'title', 'body', 'source'];
const OPTION_FIELDS = ['id', 'label', 'likelihood', 'outcome', 'next', 'note', 'links'];
const DEVICE_FIELDS = [
  'id', 'brand', 'name', 'kind', 'connector', 'priors', 'warrantyMonths', 'returnDays', 'lifespanMonths',
  'supportUrl', 'warrantyUrl', 'supportEmail', 'source',
];

function items(checker: Checker, root: Json, key: string): [Json, string][] {
  const list = root[key];
  if (!checker.array(list, key, true)) return [];
  const result: [Json, string][] = [];
  list.forEach((item, i) => {
    if (isObject(item)) result.push([item, childPath(key, i)]);
    else checker.report(childPath(key, i), `must be an object, not ${describe(item)}`);
  });
  return result;
}

/**
 * Checks everything a hand-written knowledge base can get wrong and returns it typed.
 * Throws a `KnowledgeBaseError` listing every problem, each with its JSON path.
 */
export function validateKnowledgeBase(input: unknown): KnowledgeBase {
  const checker = new Checker();
  if (!checker.object(input, '$', ROOT_FIELDS)) throw new KnowledgeBaseError(checker.problems);

  if (input.schemaVersion === undefined) checker.report('schemaVersion', 'is missing (expected 1)');
  else if (input.schemaVersion !== 1) checker.report('schemaVersion', `unsupported schemaVersion ${describe(input.schemaVersion)}: this version reads schemaVersion 1`);
  checker.number(input, 'escalationMinutes', '$', 'positive', false);
  checker.string(input, 'source', '$', false);

  const causes = new Map<string, string>();
  for (const [cause, path] of items(checker, input, 'causes')) {
    if (!checker.object(cause, path, CAUSE_FIELDS)) continue;
    checker.uniqueId(cause, path, causes, 'cause');
    checker.string(cause, 'label', path, true);
    checker.boolean(cause, 'userFixable', path);
    checker.string(cause, 'source', path, false);
  }
  const causeIds = new Set(causes.keys());

  // Devices come before actions and questions, which refer to them.
  const devices = new Map<string, string>();
  const deviceItems = items(checker, input, 'devices');
  for (const [device, path] of deviceItems) checker.uniqueId(device, path, devices, 'device');
  const deviceIds = new Set(devices.keys());
  for (const [device, path] of deviceItems) checkDevice(checker, device, path, causeIds);

  const prompts = new Map<string, string>(RESERVED_PROMPT_IDS.map((id) => [id, 'a prompt the engine makes itself']));
  const actionDevices = new Map<string, string[] | undefined>();
  for (const [action, path] of items(checker, input, 'actions')) {
    checker.object(action, path, ACTION_FIELDS);
    const id = checker.uniqueId(action, path, prompts, 'prompt');
    const applies = checkAction(checker, action, path, causeIds, deviceIds);
    if (id !== undefined) actionDevices.set(id, applies);
  }
  for (const [question, path] of items(checker, input, 'questions')) {
    checker.object(question, path, QUESTION_FIELDS);
    checker.uniqueId(question, path, prompts, 'prompt');
    checkQuestion(checker, question, path, causeIds, deviceIds, actionDevices);
  }

  if (checker.problems.length > 0) throw new KnowledgeBaseError(checker.problems);
  return input as unknown as KnowledgeBase;
}

function checkDevice(checker: Checker, device: Json, path: string, causes: ReadonlySet<string>): void {
  checker.object(device, path, DEVICE_FIELDS);
  checker.string(device, 'brand', path, true);
  checker.string(device, 'name', path, true);
  checker.oneOf(device, 'kind', path, DEVICE_KINDS, true);
  checker.oneOf(device, 'connector', path, CONNECTORS, true);
  const priors = checker.probabilities(device, 'priors', path, causes);
  const total = [...priors.values()].reduce((sum, p) => sum + p, 0);
  if (isObject(device.priors) && priors.size === Object.keys(device.priors).length && Math.abs(total - 1) > SUM_TOLERANCE) {
    checker.report(childPath(path, 'priors'), `priors must add up to 1, but add up to ${round(total)}`);
  }
  checker.number(device, 'warrantyMonths', path, 'non-negative', true);
  checker.number(device, 'returnDays', path, 'non-negative', true);
  checker.number(device, 'lifespanMonths', path, 'positive', true);
  checker.optionalLink(device, 'supportUrl', path);
  checker.optionalLink(device, 'warrantyUrl', path);
  const email = checker.string(device, 'supportEmail', path, false);
  if (email !== undefined && !EMAIL.test(email)) checker.report(childPath(path, 'supportEmail'), `"${email}" is not an email address`);
  checker.string(device, 'source', path, false);
}

function checkAction(
  checker: Checker, action: Json, path: string, causes: ReadonlySet<string>, devices: ReadonlySet<string>,
): string[] | undefined {
  checker.string(action, 'title', path, true);
  checker.stringList(action, 'steps', path, true);
  checker.number(action, 'minutes', path, 'positive', true);
  checker.number(action, 'waitMinutes', path, 'positive', false);
  checker.probabilities(action, 'fixes', path, causes);
  const applies = checker.references(action, 'devices', path, devices, 'device');
  checkVariants(checker, action, path, devices, applies, ACTION_VARIANT_FIELDS, (variant, at) => {
    checker.string(variant, 'title', at, false);
    checker.stringList(variant, 'steps', at, false);
  });
  checker.string(action, 'source', path, false);
  return applies;
}

function checkQuestion(
  checker: Checker, question: Json, path: string, causes: ReadonlySet<string>, devices: ReadonlySet<string>,
  actions: ReadonlyMap<string, string[] | undefined>,
): void {
  checker.string(question, 'title', path, true);
  checker.string(question, 'body', path, false);
  checker.number(question, 'minutes', path, 'positive', false);
  const applies = checker.references(question, 'devices', path, devices, 'device');
  checkVariants(checker, question, path, devices, applies, QUESTION_VARIANT_FIELDS, (variant, at) => {
    checker.string(variant, 'title', at, false);
    checker.string(variant, 'body', at, false);
  });
  checker.string(question, 'source', path, false);

  const optionsPath = childPath(path, 'options');
  if (!checker.array(question.options, optionsPath, true)) return;
  const options = question.options as unknown[];
  if (options.length < 2) checker.report(optionsPath, `a question needs at least two options, not ${options.length}`);
  const optionIds = new Map<string, string>();
  const likelihoods: Map<string, number>[] = [];
  let likelihoodsComplete = true;
  options.forEach((option, i) => {
    const at = childPath(optionsPath, i);
    if (!checker.object(option, at, OPTION_FIELDS)) {
      likelihoodsComplete = false;
      return;
    }
    checker.uniqueId(option, at, optionIds, 'option');
    checker.string(option, 'label', at, true);
    const likelihood = checker.probabilities(option, 'likelihood', at, causes);
    if (!isObject(option.likelihood) || likelihood.size !== Object.keys(option.likelihood).length) likelihoodsComplete = false;
    likelihoods.push(likelihood);
    checker.oneOf(option, 'outcome', at, OUTCOMES, false);
    checker.string(option, 'note', at, false);
    checker.links(option, 'links', at);
    const next = checker.string(option, 'next', at, false);
    if (next !== undefined) checkNextAction(checker, childPath(at, 'next'), next, actions, applies);
  });
  // Sums are only meaningful once every entry is a valid probability.
  if (likelihoodsComplete) checkLikelihoodSums(checker, optionsPath, likelihoods);
}

function checkNextAction(
  checker: Checker, path: string, next: string, actions: ReadonlyMap<string, string[] | undefined>,
  questionDevices: string[] | undefined,
): void {
  if (!actions.has(next)) {
    checker.report(path, `unknown action "${next}"`);
    return;
  }
  const actionDevices = actions.get(next);
  if (actionDevices === undefined) return;
  const missing = questionDevices === undefined ? ['(every device)'] : questionDevices.filter((d) => !actionDevices.includes(d));
  if (missing.length > 0) {
    checker.report(path, `action "${next}" does not apply to every device this question is asked for (${missing.join(', ')})`);
  }
}

function checkLikelihoodSums(checker: Checker, path: string, likelihoods: Map<string, number>[]): void {
  const causes = new Set(likelihoods.flatMap((l) => [...l.keys()]));
  for (const cause of causes) {
    const listed = likelihoods.filter((l) => l.has(cause));
    const total = listed.reduce((sum, l) => sum + (l.get(cause) ?? 0), 0);
    const everyOption = listed.length === likelihoods.length;
    if (total > 1 + SUM_TOLERANCE || (everyOption && Math.abs(total - 1) > SUM_TOLERANCE)) {
      checker.report(
        path,
        `likelihoods of cause "${cause}" add up to ${round(total)} over the options; P(answer | cause) over a question's options must add up to 1` +
          (everyOption ? '' : ' (options that leave the cause out share what is left)'),
      );
    }
  }
}

function checkVariants(
  checker: Checker, owner: Json, path: string, devices: ReadonlySet<string>, applies: string[] | undefined,
  fields: readonly string[], checkText: (variant: Json, path: string) => void,
): void {
  const at = childPath(path, 'variants');
  if (!checker.array(owner.variants, at, false)) return;
  const claimed = new Map<string, string>();
  (owner.variants as unknown[]).forEach((variant, i) => {
    const here = childPath(at, i);
    if (!checker.object(variant, here, fields)) return;
    const ids = checker.references(variant, 'devices', here, devices, 'device');
    if (ids === undefined) checker.report(childPath(here, 'devices'), 'is missing (expected the device ids this wording is for)');
    ids?.forEach((id, j) => {
      const devicePath = childPath(childPath(here, 'devices'), j);
      if (applies !== undefined && !applies.includes(id)) checker.report(devicePath, `"${id}" is not one of this entry's devices`);
      const first = claimed.get(id);
      if (first !== undefined) checker.report(devicePath, `"${id}" already has a variant at ${first}`);
      else claimed.set(id, here);
    });
    checkText(variant, here);
    checker.string(variant, 'source', here, false);
  });
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
