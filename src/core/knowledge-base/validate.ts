import { describe, EMAIL, ESCALATIONS, RESERVED_PROMPT_IDS, SAFE_LINK } from '../shared/index.js';
import { type KnowledgeBase, type KnowledgeBaseTranslationFile, OUTCOMES, STOP_REASONS } from '../types.js';
import { markChecked } from './checked.js';
import { KnowledgeBaseError, type KnowledgeBaseProblem } from './error.js';
import { svgProblem } from './svg.js';

type Json = Record<string, unknown>;
type Report = (path: string, message: string) => void;
/** A JSON Schema fragment; named rules become `definitions` the fragment refers to. */
type SchemaFragment = Record<string, unknown>;

/**
 * A field's check: what it expects (for "is missing" messages), how to test a present value, and
 * the JSON Schema that says the same (the published schema is generated from these rules).
 */
export interface Rule {
  expects: string;
  required: boolean;
  /** Named rules are written once, under `definitions`. */
  name?: string;
  description?: string;
  check(value: unknown, path: string, report: Report): void;
  schema(): SchemaFragment;
}
type Spec = Record<string, Rule>;

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const SUM_TOLERANCE = 1e-6;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `parent.key`, or `parent["odd key"]` when the key is not a plain identifier. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const name = /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return parent === '$' ? name.replace(/^\./, '') : parent + name;
}

function rule(expects: string, test: (value: unknown) => string | undefined, schema: () => SchemaFragment): Rule {
  return {
    expects,
    required: true,
    check(value, path, report) {
      const problem = test(value);
      if (problem !== undefined) report(path, problem);
    },
    schema,
  };
}

function optional(base: Rule): Rule {
  return { ...base, required: false };
}

function described(base: Rule, description: string): Rule {
  return { ...base, description };
}

function named(name: string, base: Rule): Rule {
  return { ...base, name };
}

const text = named(
  'text',
  rule(
    'a non-empty string',
    (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : `must be a non-empty string, not ${describe(v)}`),
    () => ({ type: 'string', pattern: '\\S' }),
  ),
);
const id = named(
  'id',
  rule(
    'an id',
    (v) =>
      typeof v !== 'string' || v.trim() === ''
        ? `must be a non-empty string, not ${describe(v)}`
        : ID.test(v)
          ? undefined
          : `"${v}" is not a valid id: use letters, digits, "-" and "_", starting with a letter or digit`,
    () => ({ type: 'string', pattern: ID.source }),
  ),
);
const bool = rule(
  'true or false',
  (v) => (typeof v === 'boolean' ? undefined : `must be true or false, not ${describe(v)}`),
  () => ({ type: 'boolean' }),
);
const number = (positive: boolean) =>
  rule(
    positive ? 'a number greater than 0' : 'a number, 0 or more',
    (v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return `must be a finite number, not ${describe(v)}`;
      if (positive ? v <= 0 : v < 0) return `must be ${positive ? 'greater than 0' : '0 or more'}, not ${v}`;
      return undefined;
    },
    () => (positive ? { type: 'number', exclusiveMinimum: 0 } : { type: 'number', minimum: 0 }),
  );
const positive = named('positive', number(true));
const nonNegative = named('nonNegative', number(false));
const oneOf = (allowed: readonly string[]) =>
  rule(
    `one of: ${allowed.join(', ')}`,
    (v) => (typeof v === 'string' && allowed.includes(v) ? undefined : `must be one of ${allowed.join(', ')}, not ${describe(v)}`),
    () => ({ enum: [...allowed] }),
  );
const outcome = named('outcome', oneOf(OUTCOMES));
const stopReason = described(
  optional(named('stopReason', oneOf(STOP_REASONS))),
  'Why a safety-stop stops (battery: fire safety; wet: dry it first; recall; recall-unknown: find out first): its words and remedy follow.',
);
/** A RegExp as JSON Schema wants it: `\xNN` escapes written `\u00NN`, which every schema tool reads. */
const schemaPattern = (pattern: RegExp): string => pattern.source.replace(/\\x([0-9a-f]{2})/g, '\\u00$1');
const link = named(
  'href',
  rule(
    'a link',
    (v) =>
      typeof v !== 'string'
        ? `must be a link (a string), not ${describe(v)}`
        : SAFE_LINK.test(v)
          ? undefined
          : `"${v.slice(0, 60)}" is not an allowed link: only absolute https:, http:, mailto: and tel: links, without spaces`,
    () => ({ type: 'string', pattern: schemaPattern(SAFE_LINK) }),
  ),
);
const email = rule(
  'an email address',
  (v) => (typeof v === 'string' && EMAIL.test(v) ? undefined : `${describe(v)} is not an email address`),
  () => ({ type: 'string', pattern: EMAIL.source }),
);
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const languageTagProblem = (tag: string): string | undefined => {
  try {
    Intl.getCanonicalLocales(tag);
    return LANGUAGE_TAG.test(tag) ? undefined : `"${tag}" is not a language tag such as "de" or "fr-CA"`;
  } catch {
    return `"${tag}" is not a language tag such as "de" or "fr-CA"`;
  }
};
const languageTag = rule(
  'a language tag',
  (v) => (typeof v === 'string' ? languageTagProblem(v) : `must be a language tag (a string), not ${describe(v)}`),
  () => ({ type: 'string', pattern: LANGUAGE_TAG.source }),
);

/** A list of `item`s: at least one, or `min` (0 allows an empty one), with `tooFew` saying why. */
function list(
  item: Rule,
  min = 1,
  tooFew = (n: number) => (n === 0 ? 'must not be empty' : `needs at least ${min} entries, not ${n}`),
): Rule {
  return {
    expects: 'an array',
    required: true,
    check(value, path, report) {
      if (!Array.isArray(value)) return report(path, `must be an array, not ${describe(value)}`);
      if (value.length < min) report(path, tooFew(value.length));
      value.forEach((entry, i) => {
        item.check(entry, childPath(path, i), report);
      });
    },
    schema: () => ({ type: 'array', items: ref(item), ...(min > 0 ? { minItems: min } : {}) }),
  };
}

function object(spec: Spec): Rule {
  return {
    expects: 'an object',
    required: true,
    check(value, path, report) {
      if (!isObject(value)) return report(path, `must be an object, not ${describe(value)}`);
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(spec, key) && !key.startsWith('$')) {
          report(childPath(path, key), `unknown field "${key}" (expected one of: ${Object.keys(spec).join(', ')})`);
        }
      }
      for (const [key, field] of Object.entries(spec)) {
        const at = childPath(path, key);
        if (Object.hasOwn(value, key) && value[key] !== undefined) field.check(value[key], at, report);
        else if (field.required) report(at, `is missing (expected ${field.expects})`);
      }
    },
    schema: () => ({
      type: 'object',
      properties: Object.fromEntries(Object.entries(spec).map(([key, field]) => [key, ref(field)])),
      required: Object.entries(spec)
        .filter(([, field]) => field.required)
        .map(([key]) => key),
      additionalProperties: false,
      patternProperties: { '^\\$': {} },
    }),
  };
}

/** An object whose keys are ids (checked later against what they name), every value by `value`. */
function map(value: Rule, keys: Rule = id): Rule {
  return {
    expects: 'an object',
    required: true,
    check(input, path, report) {
      if (!isObject(input)) return report(path, `must be an object, not ${describe(input)}`);
      for (const [key, entry] of Object.entries(input)) {
        let problem: string | undefined;
        keys.check(key, childPath(path, key), (_, message) => (problem ??= message));
        if (problem !== undefined) report(childPath(path, key), problem);
        else value.check(entry, childPath(path, key), report);
      }
    },
    schema: () => ({ type: 'object', propertyNames: keys.schema(), additionalProperties: ref(value) }),
  };
}

const probability = named(
  'probability',
  rule(
    'a probability',
    (v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return `must be a probability (a number from 0 to 1), not ${describe(v)}`;
      return v < 0 || v > 1 ? `probability must be from 0 to 1, not ${v}` : undefined;
    },
    () => ({ type: 'number', minimum: 0, maximum: 1 }),
  ),
);
/** Any key: what it names is checked against the knowledge base later ("unknown cause"). */
const anyKey = rule(
  'a key',
  () => undefined,
  () => ({ type: 'string' }),
);
/** A map from cause id to probability; the cause ids are checked against the causes later. */
const probabilities = named('probabilities', { ...map(probability, anyKey), expects: 'an object mapping cause ids to probabilities' });

const priors: Rule = {
  ...probabilities,
  name: 'priors',
  check(value, path, report) {
    probabilities.check(value, path, report);
    if (!isObject(value)) return;
    const values = Object.values(value);
    if (values.length === 0) return report(path, 'must give at least one cause a probability');
    if (!values.every((p) => typeof p === 'number' && p >= 0 && p <= 1)) return;
    const total = (values as number[]).reduce((sum, p) => sum + p, 0);
    if (Math.abs(total - 1) > SUM_TOLERANCE) report(path, `priors must add up to 1, but add up to ${round(total)}`);
  },
  schema: () => ({ ...probabilities.schema(), minProperties: 1 }),
};

/** A relative address of an image on the page's own site: no scheme, no `//host`, no spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
const RELATIVE_SRC = /^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/\/)[^\s\\\x00-\x1f\x7f]+$/;
const svg = rule(
  'SVG markup',
  (v) => (typeof v === 'string' ? svgProblem(v) : `must be SVG markup (a string), not ${describe(v)}`),
  () => ({ type: 'string', pattern: '^\\s*<svg[\\s>]' }),
);
const relativeSrc = rule(
  'a relative address',
  (v) =>
    typeof v === 'string' && RELATIVE_SRC.test(v)
      ? undefined
      : `${describe(v)} is not a relative address on this site, such as "/images/port.png" (no scheme, no other host, no spaces)`,
  () => ({ type: 'string', pattern: schemaPattern(RELATIVE_SRC) }),
);
const imageFields = object({
  svg: described(optional(svg), 'An inline drawing: only plain shapes (svg, g, path, rect, circle, ellipse, line, polyline, polygon).'),
  src: described(optional(relativeSrc), 'The address of an image file on the page’s own site, relative to the page.'),
  alt: described(text, 'What the picture shows, for shoppers who cannot see it.'),
  source: named('source', optional(text)),
});
/** A picture: exactly one of an inline drawing or an image file, with its alt text. */
const image = named('image', {
  ...imageFields,
  check(value, path, report) {
    imageFields.check(value, path, report);
    if (isObject(value) && (value.svg === undefined) === (value.src === undefined)) report(path, 'needs exactly one of "svg" and "src"');
  },
  schema: () => ({
    ...imageFields.schema(),
    oneOf: [
      { required: ['svg'], properties: { svg: {} } },
      { required: ['src'], properties: { src: {} } },
    ],
  }),
});
const imageRef = described(optional(named('imageId', id)), 'The id of one of the knowledge base’s images.');
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const swatch = described(
  optional(
    rule(
      'a colour like #d93025',
      (v) => (typeof v === 'string' && COLOUR.test(v) ? undefined : `${describe(v)} is not a colour like "#d93025"`),
      () => ({ type: 'string', pattern: COLOUR.source }),
    ),
  ),
  'A colour the answer is about (a charging light’s), shown beside it.',
);

const source = named('source', described(optional(text), 'Where a fact comes from, for authors; not shown to shoppers.'));
const texts = named('texts', list(text));
const ids = list(text);
const devicesList = described(optional(ids), 'Device ids it applies to; every device when left out.');

/** A knowledge base's words in another language, every entry by id. */
const translationSpec: Spec = {
  causes: optional(map(object({ label: optional(text) }))),
  actions: optional(
    map(
      object({
        title: optional(text),
        steps: optional(texts),
        variants: optional(map(object({ title: optional(text), steps: optional(texts) }))),
        whenSkipped: optional(object({ note: optional(text) })),
      }),
    ),
  ),
  questions: optional(
    map(
      object({
        title: optional(text),
        body: optional(text),
        options: optional(map(object({ label: optional(text), note: optional(text), steps: optional(texts), links: optional(map(text)) }))),
        variants: optional(map(object({ title: optional(text), body: optional(text) }))),
      }),
    ),
  ),
  devices: optional(map(object({ brand: optional(text), name: optional(text), serialNumber: optional(text) }))),
  legalRights: optional(map(object({ name: optional(text) }))),
  images: optional(map(object({ alt: optional(text) }))),
};
const translation = named('translation', object(translationSpec));

const KNOWLEDGE_BASE = object({
  schemaVersion: rule(
    '1',
    (v) => (v === 1 ? undefined : `unsupported schemaVersion ${describe(v)}: this version reads schemaVersion 1`),
    () => ({ const: 1 }),
  ),
  id: described(optional(id), 'Names the knowledge base for translations shipped apart from it and for outcome records.'),
  version: described(optional(text), 'The version of the content, for outcome records.'),
  language: described(optional(languageTag), 'The language its text is written in. Default "en".'),
  causes: list(
    named(
      'cause',
      object({
        id,
        label: text,
        userFixable: bool,
        wear: described(
          optional(bool),
          'Normal wear and tear (a worn battery): a claim under a warranty that excludes wear says it may be refused.',
        ),
        source,
      }),
    ),
  ),
  // Devices before actions and questions, so problems read in the order one fixes them.
  devices: list(
    named(
      'device',
      object({
        id,
        brand: text,
        name: text,
        kind: described(optional(text), 'What it is, for grouping (the built-in knowledge base: headphones, earbuds, speaker).'),
        connector: described(optional(text), 'How it charges (the built-in knowledge base: magnetic, usb-c, micro-usb, cradle, case).'),
        priors: described(priors, 'P(cause) before any answer; adds up to 1. Causes left out have probability 0.'),
        warrantyMonths: nonNegative,
        returnDays: nonNegative,
        lifespanMonths: positive,
        price: described(optional(positive), 'Typical price of a new one: what replacing costs.'),
        repairable: described(optional(bool), 'False when nobody repairs it (no repair service). Default true.'),
        repairPrice: described(
          optional(positive),
          'Typical price of a repair (the low end when repairPriceMax is given); a repair is advised only when it costs less than replacing.',
        ),
        repairPriceMax: described(
          optional(positive),
          'The high end of the typical repair price: a repair is weighed at the middle of the range.',
        ),
        warrantyExcludesWear: described(
          optional(bool),
          'The maker’s warranty excludes normal wear and tear: a claim whose likely fault is wear says it may be refused.',
        ),
        supportUrl: optional(link),
        warrantyUrl: optional(link),
        supportEmail: optional(email),
        serialNumber: described(optional(text), 'Where to find the serial number a warranty claim asks for.'),
        image: imageRef,
        source,
      }),
    ),
  ),
  actions: list(
    named(
      'action',
      object({
        id,
        title: text,
        steps: texts,
        minutes: described(positive, 'Hands-on minutes of the shopper’s effort.'),
        waitMinutes: described(optional(positive), 'Unattended waiting, shown as a timer.'),
        fixes: described(probabilities, 'P(this action fixes the fault | cause); causes left out are never fixed by it.'),
        devices: devicesList,
        image: imageRef,
        variants: optional(list(object({ id, devices: ids, title: optional(text), steps: optional(texts), image: imageRef, source }))),
        tryBeforeEscalating: described(
          optional(bool),
          'Tried before any escalation, unless an answer excludes it or leaves it under 1 % to fix.',
        ),
        reveals: described(optional(ids), 'Question ids whose answer the shopper sees while doing this step; they are not asked after it.'),
        whenSkipped: described(
          optional(object({ outcome, stop: stopReason, note: text })),
          'When an answer made this step required and the shopper cannot do it, the session ends with this outcome and note.',
        ),
        source,
      }),
    ),
    0,
  ),
  questions: list(
    named(
      'question',
      object({
        id,
        title: text,
        body: optional(text),
        devices: devicesList,
        minutes: described(optional(positive), 'The shopper’s minutes to answer; 0.5 when left out.'),
        image: imageRef,
        options: list(
          named(
            'option',
            object({
              id,
              label: text,
              likelihood: described(
                probabilities,
                'P(this answer | cause). For each cause the options add up to 1; options that leave a cause out share the rest.',
              ),
              outcome: described(optional(outcome), 'Ends the session at once with this outcome.'),
              stop: stopReason,
              unsure: described(optional(bool), 'The shopper cannot tell: on a safety or recall question it must stop the session.'),
              accident: described(optional(bool), 'An accident (a drop): its note must go with every return, claim or legal remedy.'),
              steps: described(optional(texts), 'What to do now, in order, shown numbered on the result this answer ends in.'),
              swatch,
              next: described(optional(text), 'An action that must come next, before anything else.'),
              excludes: described(optional(ids), 'Action ids this answer makes impossible or pointless.'),
              note: optional(text),
              noteWhen: described(optional(list(outcome)), 'Show note and links only when the session ends in one of these outcomes.'),
              links: optional(list(object({ id, label: text, href: link }), 0)),
              offersReturn: described(
                optional(bool),
                'The product never worked: inside the return window, offer the return at once or one quick step first.',
              ),
            }),
          ),
          2,
          (n) => `a question needs at least two options, not ${n}`,
        ),
        variants: optional(list(object({ id, devices: ids, title: optional(text), body: optional(text), image: imageRef, source }))),
        source,
      }),
    ),
    0,
  ),
  fixedOrder: described(
    optional(ids),
    'The fixed list of action ids this knowledge base replaces; simulate and the benchmark compare the engine with it.',
  ),
  costs: described(
    optional(
      object({
        waitingWeight: described(optional(nonNegative), 'A minute of unattended waiting in minutes of effort. Default 0.1.'),
        needlessEscalation: described(
          optional(nonNegative),
          'Extra cost of a return or claim for a fault the shopper could have fixed. Default 60.',
        ),
        dayWithoutProduct: described(optional(nonNegative), 'A day without the product in minutes of effort. Default 10.'),
        moneyUnit: described(optional(nonNegative), 'One unit of money in minutes of effort. Default 2.'),
        needlessReturn: described(
          optional(nonNegative),
          'A return for a fault the shopper could have fixed, in place of needlessEscalation. Default 180.',
        ),
        outcomes: optional(
          object(
            Object.fromEntries(
              ESCALATIONS.map((escalation) => [escalation, optional(object({ minutes: nonNegative, days: nonNegative, source }))]),
            ),
          ),
        ),
        source,
      }),
    ),
    'What waiting and each escalation cost the shopper, in minutes of effort.',
  ),
  legalRights: described(
    optional(
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
    'Consumer law by region code, chosen with the session’s region option.',
  ),
  escalationMinutes: described(
    optional(positive),
    'Older flat cost of every escalation, used only when costs is absent (waiting is then free).',
  ),
  translations: optional(map(translation, languageTag)),
  images: described(optional(map(image)), 'Pictures by id, for actions, questions, variants and devices to name.'),
  source,
});

const TRANSLATION_FILE = object({
  knowledgeBase: described(id, 'The id of the knowledge base it translates.'),
  language: described(languageTag, 'The language tag: "de", "fr-CA".'),
  ...translationSpec,
});

/**
 * Checks everything a hand-written knowledge base can get wrong and returns it typed.
 * Throws a `KnowledgeBaseError` listing every problem, each with its JSON path.
 */
export function validateKnowledgeBase(input: unknown): KnowledgeBase {
  const problems: KnowledgeBaseProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  KNOWLEDGE_BASE.check(input, '$', report);
  if (isObject(input)) checkReferences(input, report);
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  markChecked(input);
  return input as unknown as KnowledgeBase;
}

/** Checks a translation file against the knowledge base it translates: every id it names exists. */
export function validateTranslation(knowledgeBase: KnowledgeBase, input: unknown): KnowledgeBaseTranslationFile {
  const problems: KnowledgeBaseProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  TRANSLATION_FILE.check(input, '$', report);
  if (isObject(input)) {
    if (typeof input.knowledgeBase === 'string' && input.knowledgeBase !== knowledgeBase.id) {
      report('knowledgeBase', `translates "${input.knowledgeBase}", not this knowledge base ("${knowledgeBase.id ?? 'without an id'}")`);
    }
    checkTranslation(knowledgeBase as unknown as Json, input, '$', report);
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems, 'translation');
  return input as unknown as KnowledgeBaseTranslationFile;
}

/** The JSON Schemas the rules above amount to: the knowledge base's and a translation file's. */
export function jsonSchemas(): { knowledgeBase: SchemaFragment; translation: SchemaFragment } {
  const build = (root: Rule, title: string, description: string) => {
    const definitions: Record<string, SchemaFragment> = {};
    const body = withDefinitions(root, definitions);
    return { $schema: 'http://json-schema.org/draft-07/schema#', title, description, ...body, definitions: sortKeys(definitions) };
  };
  return {
    knowledgeBase: build(
      KNOWLEDGE_BASE,
      'charge-troubleshooter knowledge base',
      'Devices, causes, actions and questions for charge-troubleshooter. Generated from the validator’s rules; validateKnowledgeBase checks the rest (references, sums).',
    ),
    translation: build(
      TRANSLATION_FILE,
      'charge-troubleshooter knowledge-base translation',
      'A knowledge base’s words in another language, every entry by id. Generated from the validator’s rules.',
    ),
  };
}

// While a schema is generated, named rules land in `definitions` and are referred to.
let collecting: Record<string, SchemaFragment> | undefined;

function ref(field: Rule): SchemaFragment {
  const description = field.description === undefined ? {} : { description: field.description };
  if (field.name === undefined || collecting === undefined) return { ...field.schema(), ...description };
  if (!Object.hasOwn(collecting, field.name)) {
    collecting[field.name] = {}; // reserved first: a rule may refer to itself
    collecting[field.name] = field.schema();
  }
  return { $ref: `#/definitions/${field.name}`, ...description };
}

function withDefinitions(root: Rule, definitions: Record<string, SchemaFragment>): SchemaFragment {
  collecting = definitions;
  try {
    return root.schema();
  } finally {
    collecting = undefined;
  }
}

function sortKeys(record: Record<string, SchemaFragment>): Record<string, SchemaFragment> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

const entries = (list: unknown, key: string): [Json, string][] =>
  Array.isArray(list) ? list.flatMap((item, i) => (isObject(item) ? [[item, childPath(key, i)] as [Json, string]] : [])) : [];

/** What the field-by-field checks cannot see: uniqueness, references, sums. */
function checkReferences(kb: Json, report: Report): void {
  const unique = (items: [Json, string][], taken: Map<string, string>, what: string) => {
    const found = new Set<string>();
    for (const [item, path] of items) {
      if (typeof item.id !== 'string' || !ID.test(item.id)) continue;
      const first = taken.get(item.id);
      if (first !== undefined) report(childPath(path, 'id'), `duplicate ${what} id "${item.id}" (first used at ${first})`);
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
      if (typeof ref === 'string' && !known.has(ref)) report(childPath(childPath(path, field), i), `unknown ${what} "${ref}"`);
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
    const variantItems = entries(owner.variants, childPath(path, 'variants'));
    unique(variantItems, new Map(), 'variant');
    for (const [variant, at] of variantItems) {
      deviceRefs(variant, at)?.forEach((device, j) => {
        const devicePath = childPath(childPath(at, 'devices'), j);
        if (applies !== undefined && !applies.includes(device)) report(devicePath, `"${device}" is not one of this entry's devices`);
        const first = claimed.get(device);
        if (first !== undefined) report(devicePath, `"${device}" already has a variant at ${first}`);
        else claimed.set(device, at);
      });
    }
  };

  const images = new Set(isObject(kb.images) ? Object.keys(kb.images) : []);
  const imageRef = (owner: Json, path: string) => {
    if (typeof owner.image === 'string' && !images.has(owner.image)) report(childPath(path, 'image'), `unknown image "${owner.image}"`);
  };
  const variantImages = (owner: Json, path: string) => {
    for (const [variant, at] of entries(owner.variants, childPath(path, 'variants'))) imageRef(variant, at);
  };

  for (const [device, path] of entries(kb.devices, 'devices')) {
    causeKeys(device.priors, childPath(path, 'priors'));
    imageRef(device, path);
    if (typeof device.repairPriceMax === 'number') {
      if (typeof device.repairPrice !== 'number') report(childPath(path, 'repairPriceMax'), 'needs repairPrice, the low end of the range');
      else if (device.repairPriceMax < device.repairPrice)
        report(childPath(path, 'repairPriceMax'), `must be at least repairPrice (${device.repairPrice}), not ${device.repairPriceMax}`);
    }
  }

  const actionDevices = new Map<string, string[] | undefined>();
  for (const [action, path] of actionItems) {
    causeKeys(action.fixes, childPath(path, 'fixes'));
    if (isObject(action.whenSkipped)) stopOnlyWithSafetyStop(action.whenSkipped, childPath(path, 'whenSkipped'), report);
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
  }

  if (Array.isArray(kb.fixedOrder)) references(kb, 'fixedOrder', '$', actions, 'action');

  if (isObject(kb.translations)) {
    for (const [language, words] of Object.entries(kb.translations)) {
      if (isObject(words)) checkTranslation(kb, words, childPath('translations', language), report);
    }
  }
}

/** Every id a translation names exists, and translated step lists keep their length. */
function checkTranslation(kb: Json, words: Json, path: string, report: Report): void {
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
      if (original === undefined) report(entryPath, `unknown ${what} "${key}"`);
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
    named(entry.options, byId(original.options), childPath(at, 'options'), 'option', (option, originalOption, optionPath) => {
      if (isObject(option.links)) named(option.links, byId(originalOption.links), childPath(optionPath, 'links'), 'link');
      sameLength(option.steps, originalOption.steps, childPath(optionPath, 'steps'));
    });
  });
  const images = new Map(Object.keys(isObject(kb.images) ? kb.images : {}).map((image) => [image, {} as Json]));
  named(words.images, images, childPath(path, 'images'), 'image');
}

/** A stop reason belongs to a safety stop: on any other ending it would say nothing true. */
function stopOnlyWithSafetyStop(owner: Json, path: string, report: Report): void {
  if (owner.stop !== undefined && owner.outcome !== 'safety-stop')
    report(childPath(path, 'stop'), `a stop reason goes with outcome "safety-stop", not ${describe(owner.outcome)}`);
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
    const listed = likelihoods.filter((l) => Object.hasOwn(l, cause));
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
