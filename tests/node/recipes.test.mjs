// The grouping recipes of docs/learning.md run: each query, taken from the page, groups simulated sessions
// into rows in DuckDB, and `learn` from those rows gives the knowledge base `learn` gives from the records
// and the verdicts themselves. The final knowledge base is compared, not the report: it learns from every
// session, while the held-out tenth measured in the report is chosen by a hash of the session's id for a
// record and of the row for a row, so the two reports' held-out figures differ by design.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { seededRandom } from '../../dist/analysis/random.js';
import {
  fakeWidget,
  ga4Event,
  jsonLines,
  learnFromRecords,
  learnFromRows,
  recipe,
  runExample,
  segmentRow,
  simulatedShop,
} from './recipes-helpers.mjs';

const shop = simulatedShop(3_000, 8);
const expected = learnFromRecords(shop.records, shop.labels);
const dirs = [];
let duck;

before(async () => {
  duck = await (await DuckDBInstance.create(':memory:')).connect();
});
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'ct-recipes-'));
  dirs.push(dir);
  return dir;
}

/** Rows as JSON gives them back: 64-bit integers as strings (as BigQuery writes them), NULL as null. */
const rowsOf = async (sql) => (await duck.runAndReadAll(sql)).getRowObjectsJson();

/** BigQuery's EXPORT DATA around a query: DuckDB runs the query. */
const exported = (sql) => {
  assert.match(sql, /^EXPORT DATA OPTIONS \(.*\) AS\n/m);
  return sql.replace(/^EXPORT DATA OPTIONS \(.*\) AS\n/m, '').replace(/;\s*$/, '');
};

/**
 * DuckDB groups on several threads, so its rows come in any order; learn sums sessions in the order it
 * meets the rows, and floating-point sums in another order may differ in the last bits. Sorted, every
 * run learns from the same sequence.
 */
const inOrder = (rows) =>
  rows
    .map((row) => [JSON.stringify(row), row])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);

function assertSameSessions(rows, records) {
  assert.ok(rows.length < records.length, `${rows.length} rows for ${records.length} sessions: not grouped`);
  assert.equal(
    rows.reduce((sum, row) => sum + Number(row.count), 0),
    records.length,
  );
  for (const row of rows) assert.ok(!('id' in row) && !('session_id' in row), `a row keeps a session id: ${JSON.stringify(row)}`);
}

/** Runs the DuckDB recipe as written, in a folder of logged JSON lines, and reads the rows file it writes. */
async function duckdbRows(records, labels) {
  const dir = folder();
  mkdirSync(join(dir, 'outcomes'));
  const half = Math.ceil(records.length / 2);
  writeFileSync(join(dir, 'outcomes', '2026-10.jsonl.gz'), gzipSync(jsonLines(records.slice(0, half))));
  writeFileSync(join(dir, 'outcomes', '2026-11.jsonl.gz'), gzipSync(jsonLines(records.slice(half))));
  writeFileSync(join(dir, 'verdicts.jsonl'), labels.length === 0 ? '' : jsonLines(labels));
  const cwd = process.cwd();
  process.chdir(dir); // the recipe's file names are relative, as a shop runs it
  try {
    await duck.run(recipe('duckdb', 'sql'));
  } finally {
    process.chdir(cwd);
  }
  return gunzipSync(readFileSync(join(dir, 'rows.jsonl.gz')))
    .toString('utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

test('the DuckDB recipe groups logged JSON lines into rows that learn the same knowledge base as the records', async () => {
  const rows = await duckdbRows(shop.records, shop.labels);
  assertSameSessions(rows, shop.records);
  assert.ok(rows.length < shop.records.length / 2, `${rows.length} rows`);
  assert.ok(rows.some((row) => row.noFaultFound === true) && rows.some((row) => typeof row.confirmedCause === 'string'));
  assert.deepStrictEqual(learnFromRows(inOrder(rows)), expected);
});

test('the DuckDB recipe runs when no verdict says "no fault found", or there is no verdict at all', async () => {
  const small = simulatedShop(800, 3);
  const causesOnly = small.labels.filter((label) => 'confirmedCause' in label);
  assert.ok(causesOnly.length > 0 && causesOnly.length < small.labels.length);
  for (const labels of [causesOnly, []]) {
    const rows = await duckdbRows(small.records, labels);
    assertSameSessions(rows, small.records);
    assert.deepStrictEqual(learnFromRows(inOrder(rows)), learnFromRecords(small.records, labels));
  }
});

test('the DuckDB recipe counts a session logged twice once, a finished record before an abandoned one', async () => {
  const [first, second] = shop.records;
  const abandoned = { ...first, outcome: 'abandoned', path: first.path.split(' ').slice(0, 1).join(' ') };
  delete abandoned.fixedBy;
  const rows = await duckdbRows([abandoned, first, second, second], []);
  assert.equal(
    rows.reduce((sum, row) => sum + Number(row.count), 0),
    2,
  );
  assert.ok(rows.every((row) => row.outcome !== 'abandoned'));
});

test('the DuckDB recipe stops on two verdicts for one session instead of counting it twice', async () => {
  const [record] = shop.records;
  await assert.rejects(
    duckdbRows(
      [record],
      [
        { id: record.id, confirmedCause: 'cable' },
        { id: record.id, noFaultFound: true },
      ],
    ),
    /more than one verdict for session/,
  );
});

/** The shop's verdicts table, as the Segment and GA4 queries join it. */
async function verdictsTable(labels) {
  const file = join(folder(), 'verdicts.jsonl');
  writeFileSync(file, labels.length === 0 ? '' : jsonLines(labels));
  await duck.run('CREATE SCHEMA IF NOT EXISTS shop');
  await duck.run(`CREATE OR REPLACE TABLE shop.return_verdicts AS SELECT * FROM read_json('${file}',
    columns = {id: 'VARCHAR', confirmedCause: 'VARCHAR', noFaultFound: 'BOOLEAN'})`);
}

/** Segment's event table and the verdicts, filled by the page's track call: every tenth session arrives twice (at least once delivery). */
async function segmentTables() {
  const widget = fakeWidget();
  const calls = [];
  runExample(recipe('segment', 'js'), { widget, analytics: { track: (event, properties) => calls.push({ event, properties }) } });
  const rows = [];
  for (const [n, record] of shop.records.entries()) {
    widget.finish(record);
    const { event, properties } = calls.at(-1);
    for (let copy = 0; copy < (n % 10 === 0 ? 2 : 1); copy++)
      rows.push(segmentRow(event, properties, `ajs-${n}-${copy}`, `2026-11-20T10:00:${String(copy).padStart(2, '0')}Z`));
  }
  assert.equal(calls.length, shop.records.length);
  assert.equal(rows[0].session_id, shop.records[0].id, 'the session id is lost on the way to the warehouse');
  assert.equal(rows[0].event, 'troubleshooter_outcome');
  const file = join(folder(), 'segment.jsonl');
  writeFileSync(file, jsonLines(rows));
  await duck.run('CREATE SCHEMA IF NOT EXISTS your_source');
  await duck.run(`CREATE OR REPLACE TABLE your_source.troubleshooter_outcome AS SELECT * FROM read_json('${file}', columns = {
    id: 'VARCHAR', event: 'VARCHAR', event_text: 'VARCHAR', received_at: 'TIMESTAMP', session_id: 'VARCHAR', record: 'BIGINT',
    knowledge_base: 'VARCHAR', knowledge_base_version: 'VARCHAR', device: 'VARCHAR', age_months: 'BIGINT', path: 'VARCHAR',
    outcome: 'VARCHAR', fixed_by: 'VARCHAR'})`);
  await verdictsTable(shop.labels);
}

test("the Segment recipe keeps the session id through Segment's warehouse, and its BigQuery query learns the same knowledge base", async () => {
  await segmentTables();
  const grouped = await rowsOf(exported(recipe('segment-bigquery', 'sql')));
  assertSameSessions(grouped, shop.records);
  assert.deepStrictEqual(learnFromRows(inOrder(grouped)), expected);
});

test("the Snowflake query over Segment's tables learns the same knowledge base", async () => {
  await segmentTables();
  await duck.run('CREATE OR REPLACE VIEW return_verdicts AS SELECT * FROM shop.return_verdicts'); // Snowflake's current schema
  // Snowflake's OBJECT_CONSTRUCT for 9 fields, from DuckDB's json_object (which writes NULLs, read by learn as absent).
  const fields = Array.from({ length: 9 }, (_, i) => i);
  await duck.run(`CREATE OR REPLACE MACRO object_construct(${fields.map((i) => `k${i}, v${i}`).join(', ')})
    AS json_object(${fields.map((i) => `k${i}::VARCHAR, v${i}`).join(', ')})`);
  const sql = recipe('snowflake', 'sql');
  const query = sql.match(/^COPY INTO \S+ FROM \(\n([\s\S]*)\n\) FILE_FORMAT = .*;\n$/)[1];
  const grouped = (await rowsOf(query)).map((row) => JSON.parse(Object.values(row)[0]));
  assertSameSessions(grouped, shop.records);
  assert.deepStrictEqual(learnFromRows(inOrder(grouped)), expected);
});

test("the GA4 recipe's parameters, joined back by its BigQuery query, learn the same knowledge base", async () => {
  const widget = fakeWidget();
  const events = [];
  runExample(recipe('ga4-path', 'js', 'docs-examples') + recipe('ga4', 'js'), {
    widget,
    gtag: (command, name, parameters) => events.push({ command, name, parameters }),
    console: { log() {} },
  });
  const random = seededRandom(11);
  const exportedEvents = [];
  for (const [n, record] of shop.records.entries()) {
    widget.finish(record);
    const { command, name, parameters } = events.at(-1);
    assert.equal(command, 'event');
    assert.ok(name.length <= 40 && Object.keys(parameters).length <= 25);
    for (const [key, value] of Object.entries(parameters)) assert.ok(key.length <= 40 && String(value).length <= 100, key);
    exportedEvents.push(ga4Event(name, parameters, '20261120', random));
    if (n % 10 === 0) exportedEvents.push(ga4Event('page_view', { page_title: 'Support' }, '20261120', random));
  }
  const file = join(folder(), 'ga4.jsonl');
  writeFileSync(file, jsonLines(exportedEvents));
  await duck.run(`CREATE OR REPLACE TABLE ga4_events AS SELECT * FROM read_json('${file}', columns = {_TABLE_SUFFIX: 'VARCHAR',
    event_name: 'VARCHAR', event_params: 'STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT))[]'})`);
  await verdictsTable(shop.labels);
  // Two rewrites, both dialect only: the export's table name, and UNNEST of an array of structs, which gives
  // the struct's fields as columns in BigQuery and needs them unpacked in DuckDB.
  const sql = exported(recipe('ga4-bigquery', 'sql'))
    .replace(/`[\w.-]+\.events_\*`/, 'ga4_events')
    .replaceAll('UNNEST(event_params)', '(SELECT UNNEST(param) FROM (SELECT UNNEST(event_params) AS param))');
  const grouped = await rowsOf(sql);
  assertSameSessions(grouped, shop.records);
  assert.deepStrictEqual(learnFromRows(inOrder(grouped)), expected);
});
