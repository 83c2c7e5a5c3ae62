// Runs the built core in plain Node: no DOM, no Lit. Proves `charge-troubleshooter/core` works
// in any JavaScript runtime, and that its module graph reaches nothing outside the package.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const entry = new URL('../../dist/core/index.js', import.meta.url);

test('there is no DOM in this runtime', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
});

test('the built core imports only its own relative modules (no lit, no DOM shims)', async () => {
  const seen = new Set();
  const visit = async (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const source = await readFile(fileURLToPath(url), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
      assert.ok(specifier.startsWith('./') || specifier.startsWith('../'), `${url.pathname} imports ${specifier}`);
      await visit(new URL(specifier, url));
    }
  };
  await visit(entry);
  assert.ok(seen.size > 5, `expected the core's module graph, got ${seen.size} files`);
});

test('a session runs to a result and summarises it', async () => {
  const { createSession, restoreSession, defaultKnowledgeBase } = await import(entry);
  let session = createSession({ today: '2026-11-21', purchaseDate: '2026-03-01' });
  assert.equal(session.current.id, 'device');
  assert.deepEqual(
    session.current.options.map((o) => o.id),
    defaultKnowledgeBase.devices.map((d) => d.id),
  );
  session = session.answer('shokz-openrun');
  assert.equal(session.current.id, 'safety');
  // A worn battery: the gradual decline and a normal-looking light point straight at it.
  const answers = {
    safety: 'none',
    'how-it-started': 'gradually',
    'charging-light-shokz': 'red-light',
    'contacts-look': 'looks-fine',
    'update-offered': 'up-to-date',
  };
  while (session.current.kind !== 'result') {
    const { current } = session;
    session = session.answer(current.kind === 'action' ? 'not-fixed' : answers[current.id]);
  }
  assert.equal(session.current.outcome, 'warranty-claim');
  assert.equal(session.current.causes[0].id, 'battery-worn');
  assert.ok(session.current.links.some((l) => l.href === 'https://uk.shokz.com/pages/warranty-policy'));
  const summary = session.summary();
  assert.match(summary, /Device: Shokz OpenRun \(shokz-openrun\)/);
  assert.match(summary, /Purchased: March 1, 2026 \(2026-03-01\), under its warranty of 2 years/);
  assert.match(summary, /Result: Claim the warranty \(warranty-claim\)/);

  const restored = restoreSession(JSON.parse(JSON.stringify(session.snapshot())));
  assert.deepEqual(restored.current, session.current);
  assert.equal(restored.summary(), summary);
});
