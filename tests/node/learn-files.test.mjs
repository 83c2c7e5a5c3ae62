// `learn` never loses a file: --out is written whole or not at all, never over an input; every file
// problem is one line; a closed pipe is a quiet exit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, KB, recordFiles, run, spawned } from './learn-helpers.mjs';

const oneLine = (err) => assert.equal(err.trim().split('\n').length, 1, err);

test('learn --out: two runs at once leave one whole, valid file, and no temporary file', async () => {
  const { dir, file } = await recordFiles();
  const expected = {};
  for (const version of ['a', `b-${'long-'.repeat(40)}version`]) {
    const alone = join(dir, `alone-${version.length}.json`);
    assert.equal((await run(['learn', KB, file, '--out', alone, '--kb-version', version])).code, 0);
    expected[version] = readFileSync(alone, 'utf8');
  }
  const out = join(dir, 'served', 'learned.json');
  mkdirSync(join(dir, 'served'));
  for (let round = 0; round < 3; round++) {
    const runs = await Promise.all(Object.keys(expected).map((v) => spawned(['learn', KB, file, '--out', out, '--kb-version', v])));
    for (const r of runs) assert.equal(r.code, 0, r.err);
    const written = readFileSync(out, 'utf8');
    assert.ok(Object.values(expected).includes(written), `round ${round}: a mixed or half-written file`);
    assert.deepEqual(readdirSync(join(dir, 'served')), ['learned.json']);
  }
});

test('writeWhole: a dozen writes at once of files of different sizes leave one of them whole (writing in place mixes them)', async () => {
  const { writeWhole } = await import('../../dist/cli/files.js');
  const dir = mkdtempSync(join(tmpdir(), 'ct-write-whole-'));
  const out = join(dir, 'learned.json');
  // Megabytes each, so the writes interleave: fs.writeFile on one path ends with a mix here, every time we tried.
  const texts = Array.from({ length: 12 }, (_, i) => `${JSON.stringify({ i, pad: String(i % 10).repeat((12 - i) * 200_000) })}\n`);
  await Promise.all(texts.map((text) => writeWhole(out, text)));
  assert.ok(texts.includes(readFileSync(out, 'utf8')), 'a mixed or half-written file');
  assert.deepEqual(readdirSync(dir), ['learned.json']);
});

test('learn --out: a write that fails (the file-size limit, as a full disk) leaves the old file byte for byte, and no temporary file', async () => {
  const { dir, file } = await recordFiles();
  const out = join(dir, 'served.json');
  const old = readFileSync(KB);
  writeFileSync(out, old);
  // Writes past 20 KiB fail with EFBIG (the signal it would send is ignored): the learned file is 85 KiB.
  const { status, stderr } = spawnSync(
    'sh',
    ['-c', `trap '' XFSZ; ulimit -f 40; exec "${process.execPath}" "$@"`, 'sh', BIN, 'learn', KB, file, '--out', out],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(status, 1, stderr);
  assert.equal(stderr, `${out}: error: cannot write it: file too large for this system or its limits: nothing written\n`);
  assert.ok(readFileSync(out).equals(old), 'the old file changed');
  assert.deepEqual(readdirSync(dir).sort(), ['records.jsonl', 'served.json']);
});

test('learn --out naming what it reads (the knowledge base, records, labels; by ./, a symbolic or a hard link) is refused, nothing written', async () => {
  const { dir, file } = await recordFiles();
  const kb = join(dir, 'kb.json');
  writeFileSync(kb, readFileSync(KB));
  symlinkSync(kb, join(dir, 'served.json'));
  linkSync(file, join(dir, 'hard.jsonl'));
  writeFileSync(join(dir, 'labels.jsonl'), '');
  const before = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
  const cases = [
    [[kb, file, '--out', kb], 'the knowledge base it learns from'],
    [[kb, file, '--out', join(dir, '.', 'served.json')], 'the knowledge base it learns from'],
    [[kb, file, '--out', join(dir, 'hard.jsonl')], 'a records file'],
    [[kb, file, '--labels', join(dir, 'labels.jsonl'), '--out', join(dir, 'labels.jsonl')], 'the labels file'],
  ];
  for (const [args, role] of cases) {
    const { code, out, err } = await run(['learn', ...args]);
    assert.equal(code, 2);
    assert.equal(out, '');
    oneLine(err);
    assert.match(err, new RegExp(`^error: --out .+ is ${role} \\(.+\\): learn will not write over what it reads; give another file\\n$`));
  }
  assert.deepEqual(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
    before,
  );
});

test('learn: every file problem is one line naming the file and why, exit 1, never a stack trace', async () => {
  const { dir, file } = await recordFiles();
  const cases = [
    [['learn', KB, join(dir, 'nowhere.jsonl'), '--dry-run'], `${join(dir, 'nowhere.jsonl')}: error: no such file`],
    [['learn', KB, dir, '--dry-run'], `${dir}: error: is a folder, not a file`],
    [['learn', KB, '/dev/full', '--dry-run'], '/dev/full: error: not text (a quarter or more of its first bytes are NUL)'],
    [['learn', join(dir, 'none.json'), file, '--dry-run'], `${join(dir, 'none.json')}: error: no such file`],
    [['learn', dir, file, '--dry-run'], `${dir}: error: is a folder, not a file`],
    [['learn', '/dev/full', file, '--dry-run'], '/dev/full: error: is a device, not a file'],
    [['learn', KB, file, '--out', dir], `${dir}: error: is a folder, not a file: nothing written`],
    [['learn', KB, file, '--out', '/dev/full'], '/dev/full: error: cannot write it: disk full: nothing written'],
    [
      ['learn', KB, file, '--out', join(dir, 'no', 'x.json')],
      `${join(dir, 'no', 'x.json')}: error: cannot write it: no such folder: nothing written`,
    ],
  ];
  for (const [args, message] of cases) {
    const { code, err } = await run(args);
    assert.equal(code, 1, args.join(' '));
    assert.equal(err.split('\n')[0], message);
    assert.doesNotMatch(err, /\n\s+at /);
  }
  const { fileReason } = await import('../../dist/cli/files.js');
  assert.equal(fileReason({ code: 'EACCES' }, 'read'), 'permission denied');
  assert.equal(fileReason({ code: 'ENOSPC' }, 'write'), 'disk full');
  if (process.getuid?.() !== 0) {
    // Root reads anything: the real permission error only where it can happen.
    const locked = join(dir, 'locked.jsonl');
    writeFileSync(locked, '');
    chmodSync(locked, 0);
    assert.equal((await run(['learn', KB, locked, '--dry-run'])).err.split('\n')[0], `${locked}: error: permission denied`);
  }
});

test('a reader that stops early (| head) is a quiet exit 0, for every command that prints', async () => {
  const { file } = await recordFiles();
  const commands = [
    ['learn', KB, file, '--dry-run', '--json'], // 116 KB
    ['graph', KB, '--device', 'generic-speaker', '--depth', '9', '--max-nodes', '100000'], // 175 KB
  ];
  for (const args of commands) {
    // A real pipe, as a shell makes (a child's stdout from Node is a socket with a larger buffer): more than its 64 KiB.
    const { stdout, stderr } = spawnSync('sh', ['-c', '{ "$0" "$@"; echo "exit $?" >&2; } | head -c 10', process.execPath, BIN, ...args], {
      encoding: 'utf8',
    });
    assert.equal(stdout.length, 10);
    assert.equal(stderr, 'exit 0\n', args[0]);
  }
});
