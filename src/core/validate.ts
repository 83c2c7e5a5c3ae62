import { type KnowledgeBase, OUTCOMES } from './types.js';

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
    if (problems.length > 10) shown.push(`  … and ${problems.length - 10} more`);
    super(`Invalid knowledge base (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown.join('\n')}`);
    this.name = 'KnowledgeBaseError';
    this.problems = problems;
  }
}

/** Prompt ids the engine makes itself; a knowledge base may not take them. */
const RESERVED_PROMPT_IDS: readonly string[] = ['device', 'age', 'return-offer', ...OUTCOMES];
const ESCALATIONS = OUTCOMES.filter((outcome) => outcome !== 'resolved' && outcome !== 'safety-stop');

type Json = Record<string, unknown>;
type Report = (path: string, message: string) => void;

/** A field's check: what it expects (for "is missing" messages) and how to test a present value. */
interface Rule {
  expects: string;
  required: boolean;
  check(value: unknown, path: string, report: Report): void;
}
type Spec = Record<string, Rule>;

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
// The whole href must be one allowed scheme and no whitespace or control characters anywhere:
// browsers drop tabs and newlines inside URLs, so "java\tscript:" would otherwise slip through.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what the check refuses.
const SAFE_LINK = /^(?:https?:\/\/[^\s\x00-\x1f\x7f]+|(?:mailto|tel):[^\s\x00-\x1f\x7f]+)$/i;
// Deliberately loose: it only has to keep a mailto: link well-formed.
const EMAIL = /^[^\s@?&#"<>]+@[^\s@?&#"<>]+\.[^\s@?&#"<>]+$/;
const SUM_TOLERANCE = 1e-6;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** `parent.key`, or `parent["odd key"]` when the key is not a plain identifier. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const name = /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return parent === '$' ? name.replace(/^\./, '') : parent + name;
}

function rule(expects: string, test: (value: unknown) => string | undefined): Rule {
  return {
    expects,
    required: true,
    check(value, path, report) {
      const problem = test(value);
      if (problem !== undefined) report(path, problem);
    },
  };
}

function optional(base: Rule): Rule {
  return { ...base, required: false };
}

const text = rule('a non-empty string', (v) =>
  typeof v === 'string' && v.trim() !== '' ? undefined : `must be a non-empty string, not ${describe(v)}`,
);
const id = rule('an id', (v) =>
  typeof v !== 'string' || v.trim() === ''
    ? `must be a non-empty string, not ${describe(v)}`
    : ID.test(v)
      ? undefined
      : `"${v}" is not a valid id: use letters, digits, "-" and "_", starting with a letter or digit`,
);
const bool = rule('true or false', (v) => (typeof v === 'boolean' ? undefined : `must be true or false, not ${describe(v)}`));
const number = (positive: boolean) =>
  rule(positive ? 'a number greater than 0' : 'a number, 0 or more', (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return `must be a finite number, not ${describe(v)}`;
    if (positive ? v <= 0 : v < 0) return `must be ${positive ? 'greater than 0' : '0 or more'}, not ${v}`;
    return undefined;
  });
const positive = number(true);
const nonNegative = number(false);
const oneOf = (allowed: readonly string[]) =>
  rule(`one of: ${allowed.join(', ')}`, (v) =>
    typeof v === 'string' && allowed.includes(v) ? undefined : `must be one of ${allowed.join(', ')}, not ${describe(v)}`,
  );
const link = rule('a link', (v) =>
  typeof v !== 'string'
    ? `must be a link (a string), not ${describe(v)}`
    : SAFE_LINK.test(v)
      ? undefined
      : `"${v.slice(0, 60)}" is not an allowed link: only absolute https:, http:, mailto: and tel: links, without spaces`,
);
const email = rule('an email address', (v) =>
  typeof v === 'string' && EMAIL.test(v) ? undefined : `${JSON.stringify(v)} is not an email address`,
);

function list(item: Rule, allowEmpty = false): Rule {
  return {
    expects: 'an array',
    required: true,
    check(value, path, report) {
      if (!Array.isArray(value)) return report(path, `must be an array, not ${describe(value)}`);
      if (value.length === 0 && !allowEmpty) report(path, 'must not be empty');
      value.forEach((entry, i) => item.check(entry, childPath(path, i), report));
    },
  };
}

function object(spec: Spec): Rule {
  return {
    expects: 'an object',
    required: true,
    check(value, path, report) {
      if (!isObject(value)) return report(path, `must be an object, not ${describe(value)}`);
      for (const key of Object.keys(value)) {
        if (!(key in spec) && !key.startsWith('$')) {
          report(childPath(path, key), `unknown field "${key}" (expected one of: ${Object.keys(spec).join(', ')})`);
        }
      }
      for (const [key, field] of Object.entries(spec)) {
        const at = childPath(path, key);
        if (value[key] !== undefined) field.check(value[key], at, report);
        else if (field.required) report(at, `is missing (expected ${field.expects})`);
      }
    },
  };
}

/** An object whose keys are ids (checked later against what they name), every value by `value`. */
function map(value: Rule, keys = ID, what = 'an id'): Rule {
  return {
    expects: 'an object',
    required: true,
    check(input, path, report) {
      if (!isObject(input)) return report(path, `must be an object, not ${describe(input)}`);
      for (const [key, entry] of Object.entries(input)) {
        if (!keys.test(key)) report(childPath(path, key), `"${key}" is not ${what}`);
        else value.check(entry, childPath(path, key), report);
      }
    },
  };
}

function nullable(base: Rule): Rule {
  return { ...base, check: (value, path, report) => value === null || base.check(value, path, report) };
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const probability = rule('a probability', (v) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `must be a probability (a number from 0 to 1), not ${describe(v)}`;
  return v < 0 || v > 1 ? `probability must be from 0 to 1, not ${v}` : undefined;
});
/** A map from cause id to probability; the cause ids are checked against the causes later. */
const probabilities: Rule = {
  expects: 'an object mapping cause ids to probabilities',
  required: true,
  check(value, path, report) {
    if (!isObject(value)) return report(path, `must be an object mapping cause ids to probabilities, not ${describe(value)}`);
    for (const [cause, p] of Object.entries(value)) probability.check(p, childPath(path, cause), report);
  },
};

const priors: Rule = {
  ...probabilities,
  check(value, path, report) {
    probabilities.check(value, path, report);
    const values = isObject(value) ? Object.values(value) : [];
    if (values.length === 0 || !values.every((p) => typeof p === 'number' && p >= 0 && p <= 1)) return;
    const total = (values as number[]).reduce((sum, p) => sum + p, 0);
    if (Math.abs(total - 1) > SUM_TOLERANCE) report(path, `priors must add up to 1, but add up to ${round(total)}`);
  },
};

const source = optional(text);

/** A knowledge base's words in another language; positions must match what they translate. */
const translation = object({
  causes: optional(map(object({ label: optional(text) }))),
  actions: optional(
    map(
      object({
        title: optional(text),
        steps: optional(list(text)),
        variants: optional(list(nullable(object({ title: optional(text), steps: optional(list(text)) })), true)),
        whenSkipped: optional(object({ note: optional(text) })),
      }),
    ),
  ),
  questions: optional(
    map(
      object({
        title: optional(text),
        body: optional(text),
        options: optional(map(object({ label: optional(text), note: optional(text), links: optional(list(text, true)) }))),
        variants: optional(list(nullable(object({ title: optional(text), body: optional(text) })), true)),
      }),
    ),
  ),
  devices: optional(map(object({ brand: optional(text), name: optional(text) }))),
  legalRights: optional(map(object({ name: optional(text) }))),
});
const devicesList = optional(list(text));

const SCHEMA = object({
  schemaVersion: rule('1', (v) => (v === 1 ? undefined : `unsupported schemaVersion ${describe(v)}: this version reads schemaVersion 1`)),
  causes: list(object({ id, label: text, userFixable: bool, source }), true),
  // Devices before actions and questions, so problems read in the order one fixes them.
  devices: list(
    object({
      id,
      brand: text,
      name: text,
      kind: oneOf(['headphones', 'earbuds', 'speaker']),
      connector: oneOf(['magnetic', 'usb-c', 'micro-usb', 'cradle', 'case']),
      priors,
      warrantyMonths: nonNegative,
      returnDays: nonNegative,
      lifespanMonths: positive,
      price: optional(positive),
      repairable: optional(bool),
      repairPrice: optional(positive),
      supportUrl: optional(link),
      warrantyUrl: optional(link),
      supportEmail: optional(email),
      source,
    }),
    true,
  ),
  actions: list(
    object({
      id,
      title: text,
      steps: list(text),
      minutes: positive,
      waitMinutes: optional(positive),
      fixes: probabilities,
      devices: devicesList,
      variants: optional(list(object({ devices: list(text), title: optional(text), steps: optional(list(text)), source }))),
      tryBeforeEscalating: optional(bool),
      reveals: optional(list(text)),
      whenSkipped: optional(object({ outcome: oneOf(OUTCOMES), note: text })),
      source,
    }),
    true,
  ),
  questions: list(
    object({
      id,
      title: text,
      body: optional(text),
      devices: devicesList,
      minutes: optional(positive),
      options: list(
        object({
          id,
          label: text,
          likelihood: probabilities,
          outcome: optional(oneOf(OUTCOMES)),
          next: optional(text),
          excludes: optional(list(text)),
          note: optional(text),
          noteWhen: optional(list(oneOf(OUTCOMES))),
          links: optional(list(object({ label: text, href: link }), true)),
          offersReturn: optional(bool),
        }),
        true,
      ),
      variants: optional(list(object({ devices: list(text), title: optional(text), body: optional(text), source }))),
      source,
    }),
    true,
  ),
  escalationMinutes: optional(positive),
  fixedOrder: optional(list(text)),
  costs: optional(
    object({
      waitingWeight: optional(nonNegative),
      needlessEscalation: optional(nonNegative),
      dayWithoutProduct: optional(nonNegative),
      moneyUnit: optional(nonNegative),
      outcomes: optional(
        object(
          Object.fromEntries(
            ESCALATIONS.map((outcome) => [outcome, optional(object({ minutes: nonNegative, days: nonNegative, source }))]),
          ),
        ),
      ),
      source,
    }),
  ),
  legalRights: optional(
    map(
      object({
        name: text,
        rejectDays: optional(nonNegative),
        guaranteeMonths: nonNegative,
        presumedMonths: optional(nonNegative),
        source,
      }),
    ),
  ),
  translations: optional(map(translation, LANGUAGE_TAG, 'a language tag such as "de" or "fr-CA"')),
  source,
});

/**
 * Checks everything a hand-written knowledge base can get wrong and returns it typed.
 * Throws a `KnowledgeBaseError` listing every problem, each with its JSON path.
 */
export function validateKnowledgeBase(input: unknown): KnowledgeBase {
  const problems: KnowledgeBaseProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  SCHEMA.check(input, '$', report);
  if (isObject(input)) checkReferences(input, report);
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return input as unknown as KnowledgeBase;
}

const entries = (list: unknown, key: string): [Json, string][] =>
  Array.isArray(list) ? list.flatMap((item, i) => (isObject(item) ? [[item, childPath(key, i)] as [Json, string]] : [])) : [];

/** What the field-by-field checks cannot see: uniqueness, references, sums. */
function checkReferences(kb: Json, report: Report): void {
  const unique = (items: [Json, string][], taken: Map<string, string>, what: string) => {
    const ids = new Set<string>();
    for (const [item, path] of items) {
      if (typeof item.id !== 'string' || !ID.test(item.id)) continue;
      const first = taken.get(item.id);
      if (first !== undefined) report(childPath(path, 'id'), `duplicate ${what} id "${item.id}" (first used at ${first})`);
      else {
        taken.set(item.id, path);
        ids.add(item.id);
      }
    }
    return ids;
  };
  const causes = unique(entries(kb.causes, 'causes'), new Map(), 'cause');
  const devices = unique(entries(kb.devices, 'devices'), new Map(), 'device');
  const prompts = new Map(RESERVED_PROMPT_IDS.map((id) => [id, 'a prompt the engine makes itself']));
  const actionItems = entries(kb.actions, 'actions');
  const questionItems = entries(kb.questions, 'questions');
  const actions = unique(actionItems, prompts, 'prompt');
  const questions = unique(questionItems, prompts, 'prompt');
  const references = (owner: Json, field: string, path: string, known: Set<string>, what: string) => {
    const ids = owner[field];
    if (!Array.isArray(ids)) return;
    ids.forEach((id, i) => {
      if (typeof id === 'string' && !known.has(id)) report(childPath(childPath(path, field), i), `unknown ${what} "${id}"`);
    });
  };

  const causeKeys = (map: unknown, path: string) => {
    if (isObject(map))
      for (const cause of Object.keys(map)) if (!causes.has(cause)) report(childPath(path, cause), `unknown cause "${cause}"`);
  };
  const deviceRefs = (owner: Json, path: string): string[] | undefined => {
    if (!Array.isArray(owner.devices)) return undefined;
    const seen = new Set<string>();
    owner.devices.forEach((device, i) => {
      if (typeof device !== 'string') return;
      const at = childPath(childPath(path, 'devices'), i);
      if (!devices.has(device)) report(at, `unknown device "${device}"`);
      else if (seen.has(device)) report(at, `"${device}" is listed twice`);
      seen.add(device);
    });
    return owner.devices.filter((d): d is string => typeof d === 'string');
  };
  const variants = (owner: Json, path: string, applies: string[] | undefined) => {
    const claimed = new Map<string, string>();
    for (const [variant, at] of entries(owner.variants, childPath(path, 'variants'))) {
      deviceRefs(variant, at)?.forEach((device, j) => {
        const devicePath = childPath(childPath(at, 'devices'), j);
        if (applies !== undefined && !applies.includes(device)) report(devicePath, `"${device}" is not one of this entry's devices`);
        const first = claimed.get(device);
        if (first !== undefined) report(devicePath, `"${device}" already has a variant at ${first}`);
        else claimed.set(device, at);
      });
    }
  };

  for (const [device, path] of entries(kb.devices, 'devices')) causeKeys(device.priors, childPath(path, 'priors'));

  const actionDevices = new Map<string, string[] | undefined>();
  for (const [action, path] of actionItems) {
    causeKeys(action.fixes, childPath(path, 'fixes'));
    references(action, 'reveals', path, questions, 'question');
    const applies = deviceRefs(action, path);
    variants(action, path, applies);
    if (typeof action.id === 'string' && actions.has(action.id)) actionDevices.set(action.id, applies);
  }

  for (const [question, path] of questionItems) {
    const applies = deviceRefs(question, path);
    variants(question, path, applies);
    const optionsPath = childPath(path, 'options');
    const options = entries(question.options, optionsPath);
    if (Array.isArray(question.options) && question.options.length < 2) {
      report(optionsPath, `a question needs at least two options, not ${question.options.length}`);
    }
    unique(options, new Map(), 'option');
    for (const [option, at] of options) {
      causeKeys(option.likelihood, childPath(at, 'likelihood'));
      references(option, 'excludes', at, actions, 'action');
      if (typeof option.next === 'string') checkNext(option.next, childPath(at, 'next'), actionDevices, applies, report);
    }
    checkLikelihoodSums(options, optionsPath, report);
  }

  if (Array.isArray(kb.fixedOrder)) {
    kb.fixedOrder.forEach((action, i) => {
      if (typeof action === 'string' && !actions.has(action)) report(childPath('fixedOrder', i), `unknown action "${action}"`);
    });
  }

  if (isObject(kb.translations)) {
    for (const [language, words] of Object.entries(kb.translations)) {
      if (isObject(words)) checkTranslation(kb, words, childPath('translations', language), report);
    }
  }
}

/** Every id a translation names exists, and lists (steps, variants, links) keep their length. */
function checkTranslation(kb: Json, words: Json, path: string, report: Report): void {
  const byId = (list: unknown) => new Map(entries(list, '').map(([item]) => [item.id, item] as [unknown, Json]));
  const sameLength = (translated: unknown, original: unknown, at: string, what: string) => {
    if (!Array.isArray(translated)) return;
    const expected = Array.isArray(original) ? original.length : 0;
    if (translated.length !== expected) report(at, `has ${translated.length} ${what}; the original has ${expected}`);
  };
  const sections: [string, Map<unknown, Json>, string][] = [
    ['causes', byId(kb.causes), 'cause'],
    ['actions', byId(kb.actions), 'action'],
    ['questions', byId(kb.questions), 'question'],
    ['devices', byId(kb.devices), 'device'],
  ];
  for (const [section, originals, what] of sections) {
    if (!isObject(words[section])) continue;
    for (const [id, entry] of Object.entries(words[section] as Json)) {
      const at = childPath(childPath(path, section), id);
      const original = originals.get(id);
      if (original === undefined) {
        report(at, `unknown ${what} "${id}"`);
        continue;
      }
      if (!isObject(entry)) continue;
      sameLength(entry.steps, original.steps, childPath(at, 'steps'), 'steps');
      sameLength(entry.variants, original.variants, childPath(at, 'variants'), 'variants');
      if (Array.isArray(entry.variants) && Array.isArray(original.variants)) {
        entry.variants.forEach((variant: unknown, i) => {
          const originalVariant = original.variants as unknown[];
          if (isObject(variant) && isObject(originalVariant[i]) && variant.steps !== undefined) {
            sameLength(
              variant.steps,
              (originalVariant[i] as Json).steps,
              childPath(childPath(childPath(at, 'variants'), i), 'steps'),
              'steps',
            );
          }
        });
      }
      if (section === 'questions' && isObject(entry.options)) {
        const options = byId(original.options);
        for (const [optionId, option] of Object.entries(entry.options)) {
          const optionPath = childPath(childPath(at, 'options'), optionId);
          if (!options.has(optionId)) report(optionPath, `unknown option "${optionId}"`);
          else if (isObject(option)) sameLength(option.links, options.get(optionId)!.links, childPath(optionPath, 'links'), 'links');
        }
      }
    }
  }
}

function checkNext(
  next: string,
  path: string,
  actions: ReadonlyMap<string, string[] | undefined>,
  questionDevices: string[] | undefined,
  report: Report,
): void {
  if (!actions.has(next)) {
    report(path, `unknown action "${next}"`);
    return;
  }
  const actionDevices = actions.get(next);
  if (actionDevices === undefined) return;
  const missing = questionDevices === undefined ? ['(every device)'] : questionDevices.filter((d) => !actionDevices.includes(d));
  if (missing.length > 0)
    report(path, `action "${next}" does not apply to every device this question is asked for (${missing.join(', ')})`);
}

/** For each cause, P(answer | cause) over the options adds up to 1; options leaving it out share the rest. */
function checkLikelihoodSums(options: [Json, string][], path: string, report: Report): void {
  const maps = options.map(([option]) => option.likelihood);
  const valid = maps.every((m) => isObject(m) && Object.values(m).every((p) => typeof p === 'number' && p >= 0 && p <= 1));
  if (!valid) return; // sums are only meaningful once every entry is a valid probability
  const likelihoods = maps as Record<string, number>[];
  for (const cause of new Set(likelihoods.flatMap((l) => Object.keys(l)))) {
    const listed = likelihoods.filter((l) => cause in l);
    const total = listed.reduce((sum, l) => sum + l[cause]!, 0);
    const everyOption = listed.length === likelihoods.length;
    if (total > 1 + SUM_TOLERANCE || (everyOption && Math.abs(total - 1) > SUM_TOLERANCE)) {
      report(
        path,
        `likelihoods of cause "${cause}" add up to ${round(total)} over the options; P(answer | cause) over a question's options must add up to 1` +
          (everyOption ? '' : ' (options that leave the cause out share what is left)'),
      );
    }
  }
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
