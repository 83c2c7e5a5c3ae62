// JSON written and read by our own code, not the page's: a page may have patched `JSON.parse` (a date
// reviver), `JSON.stringify` or `Array.prototype.toJSON` (Prototype.js 1.6 returns a string there),
// and saved progress or an outcome record must come out the same regardless. Only what our data
// holds: objects, arrays, strings, finite numbers, booleans and null.

// Taken when the module loads: a later patch of these does not reach us.
import { ownFields } from './own.js';

const { keys, getPrototypeOf, create } = Object;
const { isArray } = Array;
const { isFinite: isFiniteNumber } = Number;
const fromCharCode = String.fromCharCode;

/** Deeper than any saved progress or record: a cycle or a hostile value ends here, never in a stack overflow. */
export const JSON_MAX_DEPTH = 64;
/** Far more than one saved session (a few KB): a bigger value in storage is no session of ours. */
export const JSON_MAX_LENGTH = 1_000_000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes exactly the control characters.
const ESCAPED = /["\\\u0000-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function quote(text: string): string {
  return `"${text.replace(ESCAPED, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** A plain object of any realm: its prototype is null or an `Object.prototype`; a Date or a Map is not. */
function isPlainObject(value: object): boolean {
  const proto = getPrototypeOf(value);
  return proto === null || getPrototypeOf(proto) === null;
}

/**
 * The JSON text of `value`, as `JSON.stringify` writes it for plain data, read through own enumerable
 * properties only and never through a `toJSON`. An object member that is `undefined` is left out (as
 * `JSON.stringify` does); anything else that is no JSON value (a function, NaN, a Date, a cycle) is a
 * TypeError naming where it is.
 */
export function toJson(value: unknown): string {
  return write(value, '$', 0);
}

function write(value: unknown, path: string, depth: number): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!isFiniteNumber(value)) throw new TypeError(`${path} is ${value}, which JSON cannot hold`);
      return `${value}`;
    case 'object': {
      if (depth >= JSON_MAX_DEPTH) throw new TypeError(`${path} is nested deeper than ${JSON_MAX_DEPTH} (a cycle?)`);
      if (isArray(value)) {
        const items: string[] = [];
        for (let i = 0; i < value.length; i++) {
          if (value[i] === undefined) throw new TypeError(`${path}[${i}] is undefined, which JSON cannot hold`);
          items.push(write(value[i], `${path}[${i}]`, depth + 1));
        }
        return `[${items.join(',')}]`;
      }
      if (!isPlainObject(value)) throw new TypeError(`${path} is not a plain object`);
      const members: string[] = [];
      for (const key of keys(value)) {
        const member = (value as Record<string, unknown>)[key];
        if (member !== undefined) members.push(`${quote(key)}:${write(member, `${path}.${key}`, depth + 1)}`);
      }
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`${path} is a ${typeof value}, which JSON cannot hold`);
  }
}

/** One token after any whitespace: punctuation, a string's inside, a number, a word, or the end. */
// One character or one escape at a time inside a string: a `+` there, inside the `*`, would try every way
// of splitting a run of letters when the closing quote is missing (exponential backtracking).
const TOKEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a JSON string holds no raw control character.
  /[ \t\n\r]*(?:([{}[\]:,])|"((?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*)"|(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|($))/y;
const ESCAPE = /\\(?:u(.{4})|(.))/g;
const UNESCAPED: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function decode(inside: string): string {
  return inside.replace(ESCAPE, (_, hex: string | undefined, char: string) =>
    hex ? fromCharCode(Number.parseInt(hex, 16)) : (UNESCAPED[char] ?? char),
  );
}

/**
 * The value of a JSON text, as `JSON.parse` reads it, but: objects have no prototype (a `"toString"` or
 * `"__proto__"` inside can shadow nothing), a `"__proto__"` key is refused anyway (spread into an
 * ordinary object later, it would set that object's prototype), numbers must be finite, and a text
 * longer than `maxLength` or nested deeper than `maxDepth` is refused. Throws a SyntaxError saying
 * where.
 */
export function parseJson(text: string, limits: { maxDepth?: number; maxLength?: number } = {}): unknown {
  // Own fields only: an absent limit read from a polluted Object.prototype would be anything.
  const { maxDepth = JSON_MAX_DEPTH, maxLength = JSON_MAX_LENGTH } = ownFields(limits);
  if (typeof text !== 'string') throw new SyntaxError('JSON must be a string');
  if (text.length > maxLength) throw new SyntaxError(`JSON longer than ${maxLength} characters`);
  const token = new RegExp(TOKEN);
  const fail = (why: string): never => {
    throw new SyntaxError(`Not JSON at character ${token.lastIndex}: ${why}`);
  };
  const next = () => token.exec(text) ?? fail('unexpected character');
  const read = ([, punctuation, inside, number, word, end]: RegExpExecArray, depth: number): unknown => {
    if (inside !== undefined) return decode(inside);
    if (number !== undefined) {
      const value = Number(number);
      return isFiniteNumber(value) ? value : fail(`${number} is too large a number`);
    }
    if (word !== undefined) return word === 'null' ? null : word === 'true';
    if (punctuation !== '[' && punctuation !== '{') return fail(end === undefined ? 'unexpected character' : 'unexpected end');
    if (depth >= maxDepth) fail(`nested deeper than ${maxDepth}`);
    const close = punctuation === '[' ? ']' : '}';
    const items: unknown[] = [];
    const members: Record<string, unknown> = create(null);
    let at = next();
    while (at[1] !== close) {
      if (close === ']') items.push(read(at, depth + 1));
      else {
        const key = at[2] === undefined ? fail('expected a key') : decode(at[2]);
        if (key === '__proto__') fail('a "__proto__" key');
        if (next()[1] !== ':') fail('expected ":"');
        members[key] = read(next(), depth + 1);
      }
      at = next();
      if (at[1] === close) break;
      if (at[1] !== ',') fail(`expected "," or "${close}"`);
      // A value or a key must follow: JSON has no trailing comma (`[1,]`, `{"a":1,}`).
      at = next();
      if (at[1] === close) fail(`"${close}" after ","`);
    }
    return close === ']' ? items : members;
  };
  const value = read(next(), 0);
  if (next()[5] === undefined) fail('more after the value');
  return value;
}
