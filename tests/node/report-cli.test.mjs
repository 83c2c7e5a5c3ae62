// `charge-troubleshooter report`: reads what learn reads, writes one HTML file whole or not at all.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { KB, run } from './learn-helpers.mjs';

const folder = () => mkdtempSync(join(tmpdir(), 'ct-report-'));
const lines = (values) => `${values.map((v) => JSON.stringify(v)).join('\n')}\n`;

const START = 'safety:none how-it-started:never-worked';
const record = (id, path, outcome, extra = {}) => ({ record: 1, id, device: 'shokz-openrun', ageMonths: 8, path, outcome, ...extra });
const RECORDS = [
  record('r1', `${START} try-another-cable:fixed`, 'resolved', { fixedBy: 'try-another-cable', receivedAt: '2026-11-30T09:00:00Z' }),
  record('r2', START, 'abandoned', { receivedAt: '2026-12-01T10:00:00Z' }),
  record('r3', 'safety:danger', 'safety-stop', { receivedAt: '2026-12-01T11:00:00Z' }),
];

test('report: writes one HTML page from records, labels and rows, and says what it wrote', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'records.jsonl.gz'), gzipSync(lines(RECORDS)));
  writeFileSync(join(dir, 'labels.jsonl'), lines([{ id: 'r3', confirmedCause: 'battery-worn' }]));
  writeFileSync(
    join(dir, 'rows.jsonl'),
    lines([{ record: 1, device: 'soundcore-boost', path: 'safety:none', outcome: 'refund', count: 5 }]),
  );
  const out = join(dir, 'report.html');
  const {
    code,
    out: printed,
    err,
  } = await run([
    'report',
    KB,
    join(dir, 'records.jsonl.gz'),
    '--rows',
    join(dir, 'rows.jsonl'),
    '--labels',
    join(dir, 'labels.jsonl'),
    '--out',
    out,
  ]);
  assert.equal(code, 0, err);
  assert.equal(printed, `Wrote ${out}: 8 sessions from 4 lines.\n`);
  const page = readFileSync(out, 'utf8');
  assert.ok(page.startsWith('<!doctype html>\n<html lang="en">'));
  assert.match(page, /<title>Troubleshooter report: 8 sessions<\/title>/);
  assert.match(page, /Cause found: Worn-out or failed battery/);
  assert.match(page, /Refund \(no verdict\)/);
  assert.match(page, /Sessions by day, by how they ended/);
  assert.match(page, /learn<\/code> on the same records: 8 sessions/);
});

test('report: reads stdin when given no records; without dates the page says how to add them', async () => {
  const dir = folder();
  const out = join(dir, 'report.html');
  const undated = RECORDS.map(({ receivedAt: _, ...r }) => r);
  const { code, err } = await run(['report', KB, '--out', out], lines(undated));
  assert.equal(code, 0, err);
  assert.match(readFileSync(out, 'utf8'), /No record says when it was received/);
});

test('report: a line it cannot read is FILE:LINE: error, exit 1, and nothing is written', async () => {
  const dir = folder();
  const file = join(dir, 'records.jsonl');
  writeFileSync(file, lines([RECORDS[0], { ...RECORDS[1], outcome: 'gone' }, { ...RECORDS[2], receivedAt: 'monday' }]) + 'not json\n');
  const out = join(dir, 'report.html');
  const { code, err } = await run(['report', KB, file, '--out', out]);
  assert.equal(code, 1);
  const problems = err.trim().split('\n');
  assert.match(problems[0], new RegExp(`^${file}:2: error: "outcome" must be one of resolved, .*abandoned, not the string "gone"$`));
  assert.match(problems[1], new RegExp(`^${file}:3: error: "receivedAt" must be an ISO 8601 date`));
  assert.match(problems[2], new RegExp(`^${file}:4: error: not JSON`));
  assert.equal(problems.at(-1), '3 lines could not be read: no report written.');
  assert.equal(existsSync(out), false);
});

test('report: needs --out, and will not write over a file it reads', async () => {
  const dir = folder();
  const file = join(dir, 'records.jsonl');
  writeFileSync(file, lines(RECORDS));
  const missing = await run(['report', KB, file]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /^error: report needs --out FILE for the HTML page\n/);
  const over = await run(['report', KB, file, '--out', file]);
  assert.equal(over.code, 2);
  assert.match(over.err, /will not|which the report reads/);
  assert.equal(readFileSync(file, 'utf8'), lines(RECORDS));
});

test('report: listed in the help, with its own', async () => {
  const main = await run(['--help']);
  assert.match(main.out, /\n {2}report FILE \[RECORDS\.\.\.\] +a one-file HTML dashboard/);
  const own = await run(['report', '--help']);
  assert.equal(own.code, 0);
  assert.match(
    own.out,
    /^Usage: charge-troubleshooter report FILE \[RECORDS\.\.\.\] \[--rows FILE\]\.\.\. \[--labels FILE\] --out REPORT\.html/,
  );
});
