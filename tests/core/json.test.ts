// Our own JSON writer and reader (saved progress, outcome records): the same text and values as the
// native JSON on valid input, and the same again on a page that has patched toJSON or JSON itself.
import { deepEqual as looseDeepEqual } from 'node:assert';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseJson, toJson } from '../../src/core/index.js';

const RUNS = { numRuns: 300 };
const nativeStringify = JSON.stringify;
const nativeParse = JSON.parse;

/** JSON values whose text has no "__proto__" key (which parseJson refuses on purpose). */
const jsonValues = fc.jsonValue().filter((value) => !nativeStringify(value).includes('"__proto__"'));

/** Values as our data holds them, with strings of any UTF-16 code units (lone surrogates too). */
const binaryStrings = fc.string({ unit: 'binary', maxLength: 40 });

/** Runs `body` with the page patches Prototype.js 1.6 and date-reviving code install, then undoes them. */
function withPagePatches<T>(body: () => T): T {
  const arrayToJson = Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON');
  const objectToJson = Object.getOwnPropertyDescriptor(Object.prototype, 'toJSON');
  const { parse, stringify } = JSON;
  // Prototype.js 1.6: an array's toJSON returns its JSON as a string, so native JSON double-encodes it.
  Object.defineProperty(Array.prototype, 'toJSON', {
    value(this: unknown[]) {
      return `[${this.map((item) => stringify(item)).join(', ')}]`;
    },
    configurable: true,
    writable: true,
  });
  // Enumerable, as a careless `Object.prototype.toJSON = …` makes it.
  (Object.prototype as Record<string, unknown>).toJSON = function toJSON() {
    return { patched: true };
  };
  JSON.parse = (text: string) =>
    parse(text, (_key, value) => (typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value) ? new Date(value) : value));
  JSON.stringify = (() => '"patched"') as typeof JSON.stringify;
  try {
    return body();
  } finally {
    JSON.parse = parse;
    JSON.stringify = stringify;
    if (arrayToJson) Object.defineProperty(Array.prototype, 'toJSON', arrayToJson);
    else delete (Array.prototype as unknown as Record<string, unknown>).toJSON;
    if (objectToJson) Object.defineProperty(Object.prototype, 'toJSON', objectToJson);
    else delete (Object.prototype as Record<string, unknown>).toJSON;
  }
}

describe('toJson and parseJson', () => {
  it('write what JSON.stringify writes, and read back what JSON.parse reads', () => {
    fc.assert(
      fc.property(jsonValues, (value) => {
        const text = toJson(value);
        assert.equal(text, nativeStringify(value));
        const read = parseJson(text);
        looseDeepEqual(read, nativeParse(text));
        assert.equal(toJson(read), text, 'a round trip changes nothing');
        // Whitespace between tokens, as an indented file has it.
        assert.equal(toJson(parseJson(nativeStringify(value, null, 2))), text);
      }),
      RUNS,
    );
  });

  it('write and read every string as the native JSON does, lone surrogates and control characters too', () => {
    fc.assert(
      fc.property(binaryStrings, (text) => {
        assert.equal(toJson(text), nativeStringify(text));
        assert.equal(parseJson(nativeStringify(text)), text);
        assert.equal(toJson({ [text]: 1 }), nativeStringify({ [text]: 1 }));
      }),
      RUNS,
    );
  });

  it('refuse what JSON.parse refuses: arbitrary text and broken JSON', () => {
    const broken = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.tuple(jsonValues, fc.nat(), fc.string({ maxLength: 2 })).map(([value, at, insert]) => {
        const text = nativeStringify(value);
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + (at % 2));
      }),
    );
    fc.assert(
      fc.property(broken, (text) => {
        let native: { value: unknown } | undefined;
        try {
          native = { value: nativeParse(text) };
        } catch {
          native = undefined;
        }
        if (native === undefined) {
          assert.throws(() => parseJson(text), SyntaxError, text);
          return;
        }
        try {
          looseDeepEqual(parseJson(text), native.value);
        } catch (error) {
          // Refused on purpose, where the native JSON takes it: a "__proto__" key, a number past ±1.8e308.
          const onPurpose = /"__proto__" key|too large a number/.test((error as Error).message);
          if (!(error instanceof SyntaxError && onPurpose)) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuse a trailing comma, in an object or an array, as JSON.parse does (a case the property above found once)', () => {
    for (const text of ['{" ":"",}', '{"a":1,}', '[1,]', '[[],]', '{"a":[1,],"b":2}']) {
      assert.throws(() => nativeParse(text), SyntaxError);
      assert.throws(() => parseJson(text), /Not JSON at character \d+: "[\]}]" after ","/, text);
    }
    // Commas between values still read.
    assert.equal(toJson(parseJson('[1,[2,3],{"a":4,"b":[]}]')), '[1,[2,3],{"a":4,"b":[]}]');
  });

  it('come out the same on a page that patched Array.prototype.toJSON, Object.prototype.toJSON, JSON.parse and JSON.stringify', () => {
    const values = fc.sample(jsonValues, 200);
    const texts = values.map((value) => nativeStringify(value));
    const underPatches = withPagePatches(() => {
      // The patches are in place: the native JSON on the page is broken for our data.
      assert.notEqual(JSON.stringify({ history: [] }), '{"history":[]}');
      assert.equal(typeof JSON.parse('{"today":"2026-01-05"}').today, 'object');
      return values.map((value, i) => ({ written: toJson(value), read: parseJson(texts[i]!) }));
    });
    underPatches.forEach(({ written, read }, i) => {
      assert.equal(written, texts[i]);
      looseDeepEqual(read, values[i]);
    });
    // The dates a reviver would turn into Date objects stay strings.
    const saved = withPagePatches(() => parseJson('{"snapshot":{"today":"2026-01-05","history":[]}}')) as { snapshot: { today: unknown } };
    assert.equal(saved.snapshot.today, '2026-01-05');
  });

  it('read objects with no prototype, and refuse a "__proto__" key without polluting anything', () => {
    const read = parseJson('{"a":{"toString":1},"b":[{}]}') as Record<string, Record<string, unknown>>;
    assert.equal(Object.getPrototypeOf(read), null);
    assert.equal(Object.getPrototypeOf(read.a), null);
    assert.equal(Object.getPrototypeOf((read.b as unknown as object[])[0]), null);
    assert.equal(read.a!.toString, 1);
    assert.throws(() => parseJson('{"x":{"__proto__":{"polluted":true}}}'), /"__proto__" key/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('refuse text too deep or too long, and numbers too large, with a SyntaxError (never a stack overflow)', () => {
    assert.throws(() => parseJson('['.repeat(100_000)), /nested deeper than 64/);
    assert.throws(() => parseJson(`${'['.repeat(65)}${']'.repeat(65)}`), /nested deeper/);
    assert.deepEqual(parseJson(`${'['.repeat(64)}${']'.repeat(64)}`, { maxDepth: 64 }), nativeParse(`${'['.repeat(64)}${']'.repeat(64)}`));
    assert.throws(() => parseJson(`"${'x'.repeat(100)}"`, { maxLength: 50 }), /longer than 50/);
    assert.throws(() => parseJson('[1e400]'), /too large/);
  });

  it('refuse a string without its closing quote in one pass: 100,000 letters, or letters and escapes, never backtracked exponentially', () => {
    for (const inside of ['a'.repeat(100_000), 'ab\\n'.repeat(20_000), `${'a'.repeat(50_000)}\u0001`]) {
      assert.throws(() => parseJson(`{"k":"${inside}`), SyntaxError);
      assert.throws(() => parseJson(`["${inside}`), SyntaxError);
    }
  });

  it('refuse to write what is no JSON value, saying where, rather than writing something else', () => {
    assert.throws(() => toJson({ a: [1, Number.NaN] }), /\$\.a\[1\] is NaN/);
    assert.throws(() => toJson({ when: new Date(0) }), /\$\.when is not a plain object/);
    assert.throws(() => toJson({ f: () => 1 }), /\$\.f is a function/);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    assert.throws(() => toJson(cycle), /nested deeper than 64/);
    // Undefined members are left out, as JSON.stringify leaves them out.
    assert.equal(toJson({ a: undefined, b: 1 }), '{"b":1}');
    // Own enumerable properties only: nothing inherited, nothing hidden.
    const child = Object.create({ inherited: 1 }) as Record<string, unknown>;
    Object.defineProperty(child, 'hidden', { value: 2, enumerable: false });
    child.own = 3;
    assert.throws(() => toJson(child), /not a plain object/);
    assert.equal(toJson(Object.assign(Object.create(null), { own: 3 })), '{"own":3}');
  });
});
