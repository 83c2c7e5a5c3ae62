// The custom-elements manifest (dist/custom-elements.json, made from the elements' JSDoc) documents
// every theming token the styles read, every part the elements expose, and every public event.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { LAUNCHER_PARTS, RESULT_PARTS, STEP_PARTS } from '../../dist/elements.js';

const manifest = JSON.parse(await readFile(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const element = (tag) => declarations.find((d) => d.tagName === tag);

/** Every `--ct-*` token the element styles read. */
async function tokensInStyles() {
  const found = new Set();
  const walk = async (folder) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.ts')) for (const [token] of (await readFile(path, 'utf8')).matchAll(/--ct-[a-z-]+/g)) found.add(token);
    }
  };
  await walk(new URL('../../src/components', import.meta.url).pathname);
  return [...found].sort();
}

test('the widget documents every --ct-* token the styles read', async () => {
  const documented = new Set(element('charge-troubleshooter').cssProperties.map((p) => p.name));
  const tokens = await tokensInStyles();
  assert.ok(tokens.length >= 20, tokens.join(', '));
  assert.deepEqual(
    tokens.filter((token) => !documented.has(token)),
    [],
  );
});

test('each element documents its parts, and the widget every part it forwards', () => {
  const parts = (tag) => new Set(element(tag).cssParts.map((p) => p.name));
  for (const [tag, own] of [
    ['charge-troubleshooter-step', STEP_PARTS],
    ['charge-troubleshooter-result', RESULT_PARTS],
    ['charge-troubleshooter-launcher', LAUNCHER_PARTS],
  ]) {
    assert.deepEqual(
      own.filter((part) => !parts(tag).has(part)),
      [],
      tag,
    );
    assert.deepEqual(
      own.filter((part) => !parts('charge-troubleshooter').has(part)),
      [],
      `${tag} parts forwarded by the widget`,
    );
  }
  assert.deepEqual(
    ['base', 'error', 'loading'].filter((part) => !parts('charge-troubleshooter').has(part)),
    [],
  );
});

test('the widget documents its public events, each typed in the event map', async () => {
  const events = element('charge-troubleshooter')
    .events.map((e) => e.name)
    .sort();
  const typed = [
    ...(await readFile(new URL('../../src/components/shared/events.ts', import.meta.url), 'utf8')).matchAll(/'(ct-[a-z-]+)': CustomEvent/g),
  ]
    .map(([, name]) => name)
    .sort();
  assert.deepEqual(events, typed);
});
