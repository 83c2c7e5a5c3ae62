// The line reader of `learn`: the same lines however the bytes are cut into chunks, each byte looked
// at once (a 32 MiB line is read, not re-scanned per chunk), a line over the limit counted and dropped,
// and the encodings a file can come in told apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { encodingName, type Line, LineReader, sniffEncoding } from '../../src/learn/lines.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Every line, the input given in chunks cut at `cuts`. */
function read(input: Uint8Array, cuts: number[], max?: number): Line[] {
  const reader = new LineReader(max);
  const lines: Line[] = [];
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < input.length)].sort((a, b) => a - b).concat(input.length)) {
    lines.push(...reader.push(input.subarray(at, cut)));
    at = cut;
  }
  lines.push(...reader.end());
  return lines;
}

describe('learn: the line reader', () => {
  it('gives the same lines as splitting the whole text (empty ones left out, counted), however the input is cut into chunks (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\n', '{', '"', ' ', '\r'), maxLength: 200 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(600), { maxLength: 20 }), (t, cuts) => {
        const expected = t
          .split('\n')
          .map((line, i) => ({ number: i + 1, text: line, invalidUtf8: false }))
          .filter((line) => line.text !== ''); // empty lines are counted, not given
        assert.deepEqual(read(bytes(t), cuts), expected);
      }),
    );
  });

  it('gives a line over the limit as too long with its length, whatever the chunks, and goes on after it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(300), { maxLength: 10 }), (lengths, cuts) => {
        const input = bytes(lengths.map((n) => 'x'.repeat(n)).join('\n'));
        const lines = read(input, cuts, 20);
        assert.deepEqual(
          lines,
          lengths
            .map((n, i) => (n > 20 ? { number: i + 1, tooLong: n } : { number: i + 1, text: 'x'.repeat(n), invalidUtf8: false }))
            .filter((_, i) => lengths[i]! > 0),
        );
      }),
    );
  });

  it('reads a 32 MiB line in 64 KiB chunks: over the limit it is dropped as it comes, under it joined once', () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const chunks = 512; // 32 MiB: re-scanning what it holds at each chunk would take minutes, this takes milliseconds
    const limited = new LineReader(1024 * 1024);
    const held = new LineReader(64 * 1024 * 1024);
    for (let i = 0; i < chunks; i++) {
      assert.deepEqual([...limited.push(chunk)], []);
      assert.deepEqual([...held.push(chunk)], []);
    }
    const after = bytes('\n{"next": 1}\n');
    assert.deepEqual(
      [...limited.push(after)],
      [
        { number: 1, tooLong: 32 * 1024 * 1024 },
        { number: 2, text: '{"next": 1}', invalidUtf8: false },
      ],
    );
    const [line] = [...held.push(after)];
    assert.ok(line !== undefined && 'text' in line && line.text.length === 32 * 1024 * 1024 && /^a+$/.test(line.text));
  });

  it('marks a line with bytes that are not UTF-8, and reads it with U+FFFD in their place', () => {
    const latin1 = Uint8Array.from([0x7b, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d, 0x0a]); // {"café"} in Latin-1
    assert.deepEqual(read(latin1, []), [{ number: 1, text: '{"caf\uFFFD"}', invalidUtf8: true }]);
  });

  it('tells UTF-8, UTF-16 and UTF-32 apart by the byte-order mark or the NULs, and data that is not text', () => {
    const sniff = (...head: number[]) => sniffEncoding(Uint8Array.from(head));
    assert.deepEqual(sniff(0xef, 0xbb, 0xbf, 0x7b), { encoding: 'utf-8', bom: 3, guessed: false });
    assert.deepEqual(sniff(0xff, 0xfe, 0x7b, 0x00), { encoding: 'utf-16le', bom: 2, guessed: false });
    assert.deepEqual(sniff(0xfe, 0xff, 0x00, 0x7b), { encoding: 'utf-16be', bom: 2, guessed: false });
    assert.deepEqual(sniff(0xff, 0xfe, 0x00, 0x00), { encoding: 'utf-32le', bom: 4, guessed: false });
    assert.deepEqual(sniff(0x00, 0x00, 0xfe, 0xff), { encoding: 'utf-32be', bom: 4, guessed: false });
    assert.deepEqual(sniff(0x7b, 0x00, 0x22, 0x00), { encoding: 'utf-16le', bom: 0, guessed: true });
    assert.deepEqual(sniff(0x00, 0x7b, 0x00, 0x22), { encoding: 'utf-16be', bom: 0, guessed: true });
    assert.deepEqual(sniff(0x7b, 0x00, 0x00, 0x00), { encoding: 'utf-32le', bom: 0, guessed: true });
    assert.deepEqual(sniff(0x00, 0x00, 0x00, 0x7b), { encoding: 'utf-32be', bom: 0, guessed: true });
    assert.deepEqual(sniffEncoding(new Uint8Array(4096)), { encoding: 'binary', bom: 0, guessed: true });
    assert.deepEqual(sniffEncoding(bytes('{"record": 1}\n')), { encoding: 'utf-8', bom: 0, guessed: false });
    assert.deepEqual(sniffEncoding(bytes('{}')), { encoding: 'utf-8', bom: 0, guessed: false });
    assert.equal(encodingName('utf-16le'), 'UTF-16 LE');
  });
});
