// GA4 keeps parameter values of up to 100 characters: the split in docs/learning.md must cut every path into
// parameters that fit, between pairs, and its BigQuery query must join them back into the same path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { perturb } from '../../dist/analysis/perturb.js';
import { seededRandom } from '../../dist/analysis/random.js';
import { simulatedRecords } from '../../dist/analysis/simulated-records.js';
import { defaultKnowledgeBase } from '../../dist/knowledge-base/index.js';
import { recipe } from './recipes-helpers.mjs';

const pathParameters = new Function('console', `${recipe('ga4-path', 'js', 'docs-examples')}\nreturn pathParameters;`)({ log() {} });

/** What the BigQuery query does with the parameters: path_1, path_2, … in the order of their numbers, a space between. */
const joinedBack = (parameters) =>
  Object.entries(parameters)
    .filter(([key]) => key.startsWith('path_'))
    .sort(([a], [b]) => Number(a.slice(5)) - Number(b.slice(5)))
    .map(([, value]) => value)
    .join(' ');

function assertSplit(path) {
  const parameters = pathParameters(path);
  const parts = Object.values(parameters);
  assert.deepEqual(
    Object.keys(parameters),
    parts.map((_, i) => `path_${i + 1}`),
  );
  assert.ok(parts.length <= 10, `${parts.length} parts`);
  for (const [i, part] of parts.entries()) {
    assert.ok(part.length >= 1 && part.length <= 100, `path_${i + 1} has ${part.length} characters`);
    assert.equal(part.trim(), part);
    // Greedy: the next part's first pair would not have fitted, so no fewer parts would do.
    if (i + 1 < parts.length) assert.ok(part.length + 1 + parts[i + 1].split(' ')[0].length > 100);
  }
  assert.deepEqual(
    parts.flatMap((part) => part.split(' ')),
    path === '' ? [] : path.split(' '),
    'a part cuts a pair',
  );
  assert.equal(joinedBack(parameters), path);
  return parts.length;
}

test('every path simulated sessions take splits into at most 10 parameters of at most 100 characters, and joins back', () => {
  let longest = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.constantFrom(0, 0.5, 0.9),
      fc.constantFrom('2026-11-01', '2025-03-21', '2021-01-10'),
      (seed, noise, purchaseDate) => {
        const world = noise === 0 ? defaultKnowledgeBase : perturb(defaultKnowledgeBase, seededRandom(seed), noise);
        for (const { path } of simulatedRecords(defaultKnowledgeBase, { count: 300, world, seed, today: '2026-11-21', purchaseDate }))
          longest = Math.max(longest, assertSplit(path));
      },
    ),
    { numRuns: 5, seed: 7 },
  );
  assert.ok(longest >= 4, `the longest path took ${longest} parts: the property saw no long paths`);
});

const pair = fc
  .tuple(fc.stringMatching(/^[a-z0-9-]{1,49}$/, { size: 'max' }), fc.stringMatching(/^[a-z0-9-]{1,50}$/, { size: 'max' }))
  .map(([prompt, option]) => `${prompt}:${option}`);
const pairs = (maxLength) => fc.array(pair, { maxLength, size: 'max' });

test('any path of pairs up to 100 characters splits and joins back, or is refused by name when it needs more than 10 parts', () => {
  const seen = new Set();
  fc.assert(
    fc.property(pairs(40), (generated) => {
      const path = generated.join(' ');
      try {
        seen.add(assertSplit(path));
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        assert.match(error.message, /^the path needs (1[1-9]|[2-9]\d) parameters of 100 characters, more than 10$/);
        seen.add('refused');
      }
    }),
    { numRuns: 300, seed: 3 },
  );
  assert.ok(seen.has(0) && seen.has(10) && seen.has('refused'), [...seen].join(', '));
});

test('a pair longer than 100 characters is refused by name, not cut', () => {
  const long = `${'q'.repeat(60)}:${'a'.repeat(41)}`;
  assert.throws(() => pathParameters(`safety:none ${long}`), {
    name: 'RangeError',
    message: `${long} is longer than 100 characters: it cannot go to GA4`,
  });
});

test("the GA4 BigQuery query's join puts any split path back together, path_10 after path_9", async () => {
  const duck = await (await DuckDBInstance.create(':memory:')).connect();
  // The query's path expression, as written on the page (DuckDB's spelling of UNNEST, as in recipes.test.mjs).
  const expression = recipe('ga4-bigquery', 'sql')
    .match(/IFNULL\(\(SELECT STRING_AGG[\s\S]*?\) AS path/)[0]
    .replaceAll('UNNEST(event_params)', '(SELECT UNNEST(param) FROM (SELECT UNNEST(event_params) AS param))');
  // Generated paths in one query (a query per path, shrunk by fast-check, takes minutes to fail).
  const paths = fc
    .sample(pairs(20), { numRuns: 200, seed: 5 })
    .map((generated) => generated.join(' '))
    .filter(fits);
  const most = Math.max(...paths.map((path) => Object.keys(pathParameters(path)).length));
  assert.equal(most, 10, 'no path took 10 parts: path_10 was never ordered after path_9');
  const events = paths.map((path, n) => {
    // In no promised order: last part first.
    const params = Object.entries(pathParameters(path))
      .reverse()
      .map(([key, value]) => `{'key': '${key}', 'value': {'string_value': '${value}'}}`);
    return `(${n}, [${params.join(', ')}]::STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR))[])`;
  });
  const sql = `SELECT n, ${expression} FROM (VALUES ${events.join(', ')}) AS events(n, event_params) ORDER BY n`;
  const joined = (await duck.runAndReadAll(sql)).getRowObjectsJson().map((row) => row.path);
  assert.deepEqual(joined, paths);
});

/** Whether a path fits in the 10 parameters the split allows (a longer one is refused, tested above). */
function fits(path) {
  try {
    pathParameters(path);
    return true;
  } catch {
    return false;
  }
}
