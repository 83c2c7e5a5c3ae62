// What `learn` reads, at its worst: a 32 MiB line, a gzip bomb, a run past its time, 20,000 forged
// records, UTF-16 and Latin-1 files, a file given twice. Each is one clear line, never a flood or a hang.
import assert from 'node:assert/strict';
import { existsSync, linkSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { KB, recordFiles, run } from './learn-helpers.mjs';

test('learn: a 32 MiB line is read in linear time and set aside as too long, without holding it', async () => {
  const { dir, text } = await recordFiles();
  const lines = text.split('\n');
  const file = join(dir, 'long.jsonl');
  // Read as the old reader did (the held text re-split at every 64 KiB chunk), this took 156 s.
  writeFileSync(file, [...lines.slice(0, 2), `{"path": "${'x'.repeat(32 * 1024 * 1024)}"}`, ...lines.slice(2)].join('\n'));
  const { code, err } = await run(['learn', KB, file, '--dry-run']);
  assert.equal(code, 1);
  assert.equal(
    err,
    `${file}:3: error: line too long (33,554,444 bytes; learn reads lines of up to 1 MiB: one JSON object a line)\n1 line could not be read: nothing learned, nothing written.\n`,
  );
});

test('learn: a gzip bomb stops at --max-bytes (inflated) with one line, nothing written; a gzip of NULs at once', async () => {
  const { dir, text } = await recordFiles();
  const bomb = join(dir, 'bomb.jsonl.gz');
  writeFileSync(bomb, gzipSync(text.repeat(Math.ceil((64 * 1024 * 1024) / text.length)))); // 64 MiB of records in 100 KiB
  const out = join(dir, 'learned.json');
  const { code, err } = await run(['learn', KB, bomb, '--out', out, '--max-bytes', '16M']);
  assert.equal(code, 1);
  assert.equal(
    err,
    `${bomb}: error: the records come to more than 16 MiB (inflated): stopped, nothing learned, nothing written. Allow more with --max-bytes N (0 for no limit), or group the records in your warehouse first\n`,
  );
  assert.equal(existsSync(out), false);
  const zeros = join(dir, 'zeros.gz');
  writeFileSync(zeros, gzipSync(Buffer.alloc(64 * 1024 * 1024)));
  assert.match(
    (await run(['learn', KB, zeros, '--dry-run'])).err,
    /zeros\.gz: error: not text \(a quarter or more of its first bytes are NUL\)\n/,
  );
  assert.equal((await run(['learn', KB, bomb, '--dry-run', '--max-bytes', 'lots'])).code, 2);
});

test('learn: --max-seconds stops it with a clear message and nothing written (default 120, as simulate)', async () => {
  const { dir, file } = await recordFiles();
  const out = join(dir, 'learned.json');
  let clock = 0;
  const { code, err } = await run(['learn', KB, file, '--out', out, '--max-seconds', '2'], '', () => (clock += 1000));
  assert.equal(code, 1);
  const lines = err.trim().split('\n');
  assert.match(
    lines.at(-2),
    new RegExp(`^error: learn stopped at the time limit of 2 s, working on reading ${file} \\(\\d+ steps done\\)\\.$`),
  );
  assert.equal(
    lines.at(-1),
    'Allow longer with --max-seconds N (0 for no limit), or group the records in your warehouse first (docs/learning.md, "Group in your warehouse").',
  );
  assert.equal(existsSync(out), false);
});

test('learn: 20,000 forged records are one "Set aside" line with the first 5, in text and --json', async () => {
  const { dir, text } = await recordFiles();
  const forged = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ record: 1, id: `f${i}`, device: `forged-${i}`, path: '' }));
  const file = join(dir, 'forged.jsonl');
  writeFileSync(file, `${text}${forged.join('\n')}\n`);
  const { code, out } = await run(['learn', KB, file, '--dry-run']);
  assert.equal(code, 0);
  const setAside = out.split('\n').filter((line) => line.startsWith('Set aside'));
  const examples = [601, 602, 603, 604, 605].map((n) => `${file}:${n} "forged-${n - 601}"`).join('; ');
  assert.deepEqual(setAside, [
    `Set aside: 20,000 sessions with a device this knowledge base does not have, on 20,000 lines: ${examples}; ….`,
  ]);
  const report = JSON.parse((await run(['learn', KB, file, '--dry-run', '--json'])).out);
  assert.deepEqual(
    report.skipped.map((s) => ({ ...s, examples: s.examples.length })),
    [{ reason: 'with a device this knowledge base does not have', sessions: 20_000, lines: 20_000, examples: 5 }],
  );
});

test('learn: UTF-16 with a byte-order mark (or its NULs) is read with a warning; UTF-32 is refused; Latin-1 is named', async () => {
  const { dir, file, text } = await recordFiles();
  const expected = (await run(['learn', KB, file, '--dry-run'])).out;
  const bom = { 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };
  const utf16 = (encoding, withBom) => {
    const le = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    return Buffer.concat([Buffer.from(withBom ? bom[encoding] : []), bytes]);
  };
  for (const [encoding, withBom, gzip] of [
    ['utf-16le', true, false],
    ['utf-16be', true, false],
    ['utf-16le', false, false],
    ['utf-16be', true, true],
  ]) {
    const name = join(dir, `${encoding}-${withBom}.jsonl${gzip ? '.gz' : ''}`);
    writeFileSync(name, gzip ? gzipSync(utf16(encoding, withBom)) : utf16(encoding, withBom));
    const { code, out, err } = await run(['learn', KB, name, '--dry-run']);
    assert.equal(code, 0, err);
    assert.equal(out, expected);
    const shown = encoding.toUpperCase().replace(/(LE|BE)$/, ' $1');
    const how = withBom ? 'by its byte-order mark' : 'by its NUL bytes, without a byte-order mark';
    assert.equal(err, `${name}: warning: encoded as ${shown} (${how}); read as ${shown}, but JSON lines are UTF-8: save it as UTF-8\n`);
  }
  const utf32 = join(dir, 'utf32.jsonl');
  writeFileSync(utf32, Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]));
  const refused = await run(['learn', KB, utf32, '--dry-run']);
  assert.equal(refused.code, 1);
  assert.match(
    refused.err,
    /utf32\.jsonl: error: encoded as UTF-32 LE \(by its byte-order mark\): learn reads UTF-8 \(and UTF-16\); save it as UTF-8\n/,
  );

  const latin1 = join(dir, 'latin1.jsonl');
  const lines = text.trim().split('\n');
  const noted = (line) => Buffer.from(`${line.slice(0, -1)},"note":"caf\xe9"}`, 'latin1');
  writeFileSync(
    latin1,
    Buffer.concat([Buffer.from(`${lines.slice(0, 4).join('\n')}\n`), noted(lines[4]), Buffer.from('\n'), noted(lines[5])]),
  );
  const named = await run(['learn', KB, latin1, '--dry-run']);
  assert.equal(named.code, 0);
  assert.equal(
    named.err,
    `${latin1}:5: warning: not UTF-8 (2 lines with bytes that are not, the first here): read with U+FFFD in their place; save the file as UTF-8\n`,
  );
});

test('learn: the same file given twice (by another name, a hard link) is read once, with a warning', async () => {
  const { dir, file } = await recordFiles();
  linkSync(file, join(dir, 'linked.jsonl'));
  const twice = [file, join(dir, '.', 'records.jsonl'), join(dir, 'linked.jsonl')];
  const { code, out, err } = await run(['learn', KB, ...twice, '--dry-run']);
  assert.equal(code, 0);
  assert.match(out, /^Learned from 600 sessions \(600 lines,/);
  assert.deepEqual(
    err.trim().split('\n'),
    twice.slice(1).map((f) => `${f}: warning: the same file as ${file}, given before: read once (its sessions would count twice)`),
  );
  assert.equal(readFileSync(file, 'utf8').split('\n').length, 601);
});
