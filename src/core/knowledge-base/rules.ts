import { describe, ECHOED_LENGTH, truncate } from '../shared/index.js';

// The validator's building blocks: a rule checks one field and says the same in JSON Schema.
export type Json = Record<string, unknown>;
export type Report = (path: string, message: string) => void;
/** A JSON Schema fragment; named rules become `definitions` the fragment refers to. */
export type SchemaFragment = Record<string, unknown>;

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
export type Spec = Record<string, Rule>;

export const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const SUM_TOLERANCE = 1e-6;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `parent.key`, or `parent["odd key"]` when the key is not a plain identifier (or too long to echo whole). */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const name = /^[A-Za-z_$][\w$-]*$/.test(key) && key.length <= ECHOED_LENGTH ? `.${key}` : `[${JSON.stringify(truncate(key))}]`;
  return parent === '$' ? name.replace(/^\./, '') : parent + name;
}

/** The tests of rules that check one value, by their `check`: a copy with another `check` is not one. */
const valueTests = new WeakMap<Rule['check'], (value: unknown) => string | undefined>();

export function rule(expects: string, test: (value: unknown) => string | undefined, schema: () => SchemaFragment): Rule {
  const check: Rule['check'] = (value, path, report) => {
    const problem = test(value);
    if (problem !== undefined) report(path, problem);
  };
  valueTests.set(check, test);
  return { expects, required: true, check, schema };
}

/**
 * Checks `parent[key]` by `field`; the path of a single value is written only when it has a problem, as
 * a catalogue's thousands of products and device lists have tens of thousands of values that have none.
 */
function checkChild(field: Rule, value: unknown, parent: string, key: string | number, report: Report): void {
  const test = valueTests.get(field.check);
  if (test === undefined) {
    field.check(value, childPath(parent, key), report);
    return;
  }
  const problem = test(value);
  if (problem !== undefined) report(childPath(parent, key), problem);
}

export function optional(base: Rule): Rule {
  return { ...base, required: false };
}

export function described(base: Rule, description: string): Rule {
  return { ...base, description };
}

export function named(name: string, base: Rule): Rule {
  return { ...base, name };
}

export const text = named(
  'text',
  rule(
    'a non-empty string',
    (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : `must be a non-empty string, not ${describe(v)}`),
    () => ({ type: 'string', pattern: '\\S' }),
  ),
);
export const id = named(
  'id',
  rule(
    'an id',
    (v) =>
      typeof v !== 'string' || v.trim() === ''
        ? `must be a non-empty string, not ${describe(v)}`
        : ID.test(v)
          ? undefined
          : `"${truncate(v)}" is not a valid id: use letters, digits, "-" and "_", starting with a letter or digit`,
    () => ({ type: 'string', pattern: ID.source }),
  ),
);
export const bool = rule(
  'true or false',
  (v) => (typeof v === 'boolean' ? undefined : `must be true or false, not ${describe(v)}`),
  () => ({ type: 'boolean' }),
);
export const number = (positive: boolean) =>
  rule(
    positive ? 'a number greater than 0' : 'a number, 0 or more',
    (v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return `must be a finite number, not ${describe(v)}`;
      if (positive ? v <= 0 : v < 0) return `must be ${positive ? 'greater than 0' : '0 or more'}, not ${v}`;
      return undefined;
    },
    () => (positive ? { type: 'number', exclusiveMinimum: 0 } : { type: 'number', minimum: 0 }),
  );
export const positive = named('positive', number(true));
export const nonNegative = named('nonNegative', number(false));
export const oneOf = (allowed: readonly string[]) =>
  rule(
    `one of: ${allowed.join(', ')}`,
    (v) => (typeof v === 'string' && allowed.includes(v) ? undefined : `must be one of ${allowed.join(', ')}, not ${describe(v)}`),
    () => ({ enum: [...allowed] }),
  );
/** A list of `item`s: at least one, or `min` (0 allows an empty one), with `tooFew` saying why. */
export function list(
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
        checkChild(item, entry, path, i, report);
      });
    },
    schema: () => ({ type: 'array', items: ref(item), ...(min > 0 ? { minItems: min } : {}) }),
  };
}

export function object(spec: Spec): Rule {
  // Listed once: a catalogue checks this rule for each of thousands of products.
  const fields = Object.entries(spec);
  return {
    expects: 'an object',
    required: true,
    check(value, path, report) {
      if (!isObject(value)) return report(path, `must be an object, not ${describe(value)}`);
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(spec, key) && !key.startsWith('$')) {
          report(childPath(path, key), `unknown field "${truncate(key)}" (expected one of: ${Object.keys(spec).join(', ')})`);
        }
      }
      for (const [key, field] of fields) {
        if (Object.hasOwn(value, key) && value[key] !== undefined) checkChild(field, value[key], path, key, report);
        else if (field.required) report(childPath(path, key), `is missing (expected ${field.expects})`);
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
export function map(value: Rule, keys: Rule = id): Rule {
  return {
    expects: 'an object',
    required: true,
    check(input, path, report) {
      if (!isObject(input)) return report(path, `must be an object, not ${describe(input)}`);
      for (const [key, entry] of Object.entries(input)) {
        let problem: string | undefined;
        keys.check(key, path, (_, message) => (problem ??= message));
        if (problem !== undefined) report(childPath(path, key), problem);
        else checkChild(value, entry, path, key, report);
      }
    },
    schema: () => ({ type: 'object', propertyNames: keys.schema(), additionalProperties: ref(value) }),
  };
}

export const probability = named(
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
export const anyKey = rule(
  'a key',
  () => undefined,
  () => ({ type: 'string' }),
);
/** A map from cause id to probability; the cause ids are checked against the causes later. */
export const probabilities = named('probabilities', {
  ...map(probability, anyKey),
  expects: 'an object mapping cause ids to probabilities',
});
// While a schema is generated, named rules land in `definitions` and are referred to.
let collecting: Record<string, SchemaFragment> | undefined;

export function ref(field: Rule): SchemaFragment {
  const description = field.description === undefined ? {} : { description: field.description };
  if (field.name === undefined || collecting === undefined) return { ...field.schema(), ...description };
  if (!Object.hasOwn(collecting, field.name)) {
    collecting[field.name] = {}; // reserved first: a rule may refer to itself
    collecting[field.name] = field.schema();
  }
  return { $ref: `#/definitions/${field.name}`, ...description };
}

export function withDefinitions(root: Rule, definitions: Record<string, SchemaFragment>): SchemaFragment {
  collecting = definitions;
  try {
    return root.schema();
  } finally {
    collecting = undefined;
  }
}

export function sortKeys(record: Record<string, SchemaFragment>): Record<string, SchemaFragment> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
