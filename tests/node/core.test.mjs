// Runs the built core in plain Node: no DOM, no Lit. Proves `charge-troubleshooter/core` works
// in any JavaScript runtime, and that its module graph reaches nothing outside the package.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const entry = new URL('../../dist/core/index.js', import.meta.url);

test('the built core imports only its own relative modules (no lit, no DOM shims)', async () => {
  const seen = new Set();
  const visit = async (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const source = await readFile(fileURLToPath(url), 'utf8');
    const statements = /^\s*(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
    for (const [, fromSpecifier, dynamicSpecifier] of source.matchAll(statements)) {
      const specifier = fromSpecifier ?? dynamicSpecifier;
      assert.ok(specifier.startsWith('./') || specifier.startsWith('../'), `${url.pathname} imports ${specifier}`);
      await visit(new URL(specifier, url));
    }
  };
  await visit(entry);
  assert.ok(seen.size > 5, `expected the core's module graph, got ${seen.size} files`);
  // The core knows no particular knowledge base: the built-in one is a separate import (only the
  // translations of its words come with the languages).
  assert.ok(![...seen].some((file) => /dist\/knowledge-base\/(?:index\.js|knowledge-base\.json)$/.test(file)), [...seen].join('\n'));
});

test('a session runs to a result and summarises it', async () => {
  const { createSession, restoreSession } = await import(entry);
  const { defaultKnowledgeBase } = await import('../../dist/knowledge-base/index.js');
  let session = createSession({ knowledgeBase: defaultKnowledgeBase, today: '2026-11-21', purchaseDate: '2026-03-01' });
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
  assert.equal(session.current.claim.href, 'https://uk.shokz.com/pages/warranty-policy');
  const summary = session.summary();
  assert.match(summary, /Device: Shokz OpenRun\n/);
  assert.match(summary, /Purchased: March 1, 2026 \(2026-03-01\), under its warranty of 2 years/);
  assert.match(summary, /Result: Claim the warranty\n/);

  const restored = restoreSession(JSON.parse(JSON.stringify(session.snapshot())), { knowledgeBase: defaultKnowledgeBase });
  assert.deepEqual(restored.current, session.current);
  assert.equal(restored.summary(), summary);
});
