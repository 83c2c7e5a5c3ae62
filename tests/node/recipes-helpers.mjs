// What the recipe tests share: the recipes taken from docs/learning.md, simulated sessions, and models of
// what Segment's warehouses and GA4's BigQuery export make of an event (as their documentation says).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { perturb } from '../../dist/analysis/perturb.js';
import { seededRandom } from '../../dist/analysis/random.js';
import { simulatedRecords } from '../../dist/analysis/simulated-records.js';
import { defaultKnowledgeBase } from '../../dist/knowledge-base/index.js';
import { learn } from '../../dist/learn/index.js';

const page = readFileSync(new URL('../../docs/learning.md', import.meta.url), 'utf8');

/** A fenced block of docs/learning.md by the name in the marker above it, so the page and the tests cannot drift. */
export function recipe(name, language, test = 'recipes') {
  const marker = `<!-- The test suite runs this example (tests/node/${test}.test.mjs): ${name} -->`;
  const at = page.indexOf(marker);
  assert.ok(at >= 0, `docs/learning.md has no block marked ${marker}`);
  const block = page.slice(at + marker.length).match(/^\s*```(\w+)\n([\s\S]*?)```/);
  assert.equal(block?.[1], language, `the block marked ${name} is not ${language}`);
  return block[2];
}

/** Runs JavaScript examples of the page with stand-ins for the page's globals (widget, analytics, gtag, console). */
export function runExample(code, globals) {
  const names = Object.keys(globals);
  new Function(...names, code)(...names.map((name) => globals[name]));
}

/** A stand-in widget: collects the listeners, then fires ct-result for each record as the real one does. */
export function fakeWidget() {
  const listeners = [];
  return {
    addEventListener: (type, listener) => listeners.push({ type, listener }),
    finish(record) {
      const event = { detail: { record, recordJson: JSON.stringify(record) } };
      for (const { type, listener } of listeners) if (type === 'ct-result') listener(event);
    },
  };
}

/**
 * Sessions as a shop logs them, with the returns desk's verdicts apart: `count` sessions of a world that
 * differs from the knowledge base, every other product sent back inspected.
 */
export function simulatedShop(count, seed) {
  const world = perturb(defaultKnowledgeBase, seededRandom(seed), 0.5);
  const records = [];
  const labels = [];
  for (const { confirmedCause, noFaultFound, ...record } of simulatedRecords(defaultKnowledgeBase, {
    count,
    world,
    seed,
    inspected: 0.5,
    today: '2026-11-21',
    purchaseDate: '2025-03-21',
  })) {
    records.push(record);
    if (confirmedCause !== undefined) labels.push({ id: record.id, confirmedCause });
    if (noFaultFound) labels.push({ id: record.id, noFaultFound: true });
  }
  return { records, labels };
}

export const jsonLines = (values) => `${values.map((value) => JSON.stringify(value)).join('\n')}\n`;

/** What learn makes of the records and the verdicts themselves: the knowledge base rows must give. */
export const learnFromRecords = (records, labels) => learn(defaultKnowledgeBase, records, { labels }).knowledgeBase;

/** Rows into learn: trusted aggregates, apart from records. */
export const learnFromRows = (rows) => learn(defaultKnowledgeBase, [], { rows }).knowledgeBase;

/** go-snakecase for the names a record has (ASCII camelCase, or words): `knowledgeBaseVersion` → `knowledge_base_version`. */
export const snakeCase = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();

/** Segment's own columns on an event table: a property of the same name is dropped (its Warehouse Schemas page). */
const SEGMENT_COLUMNS = new Set(['id', 'anonymous_id', 'user_id', 'event', 'event_text', 'received_at', 'sent_at', 'timestamp']);

/** The row a track call becomes in `<source>.<event>`: the message's id, then each property in snake_case. */
export function segmentRow(event, properties, messageId, receivedAt) {
  const row = { id: messageId, event: snakeCase(event), event_text: event, received_at: receivedAt };
  for (const [name, value] of Object.entries(properties)) {
    const column = snakeCase(name);
    if (!SEGMENT_COLUMNS.has(column) && value !== undefined && value !== null) row[column] = value;
  }
  return row;
}

/** An event as GA4's BigQuery export holds it: its parameters as rows of event_params, in no promised order. */
export function ga4Event(name, parameters, tableSuffix, random) {
  const eventParams = Object.entries(parameters)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({
      key,
      value: typeof value === 'number' ? { string_value: null, int_value: value } : { string_value: value, int_value: null },
    }));
  for (let i = eventParams.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [eventParams[i], eventParams[j]] = [eventParams[j], eventParams[i]];
  }
  return { _TABLE_SUFFIX: tableSuffix, event_name: name, event_params: eventParams };
}
