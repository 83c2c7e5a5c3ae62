// The classic-script bundles (npm test builds first): charge-troubleshooter.iife.js speaks every shipped
// language; charge-troubleshooter.<tag>.iife.js English and <tag> only, with nobody else's words inside.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { SHIPPED_LOCALES } from '../../dist/core/index.js';
import { measure } from '../../scripts/size.mjs';

const bundle = (file) => readFile(`dist/cdn/${file}`, 'utf8');

/** Every phrase (20 characters or more) of a language's words that no other shipped language has. */
async function ownPhrases() {
  const leaves = (value) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [];
  const words = {};
  for (const tag of SHIPPED_LOCALES) {
    const module = await import(`../../dist/locales/${tag}.js`);
    words[tag] = new Set(leaves(tag === 'en' ? module.english : module[tag]).filter((phrase) => phrase.length >= 20));
  }
  return Object.fromEntries(
    SHIPPED_LOCALES.map((tag) => [
      tag,
      [...words[tag]].filter((phrase) => SHIPPED_LOCALES.every((other) => other === tag || !words[other].has(phrase))),
    ]),
  );
}
const phrases = await ownPhrases();

/** The shipped languages whose words are in `code`: all of a language's own phrases, or none, else a failure. */
function languagesIn(code, file) {
  return SHIPPED_LOCALES.filter((tag) => {
    const found = phrases[tag].filter((phrase) => code.includes(phrase));
    assert.ok(
      found.length === 0 || found.length === phrases[tag].length,
      `${file} has ${found.length} of ${phrases[tag].length} ${tag} phrases`,
    );
    return found.length > 0;
  });
}

test('every shipped language has phrases of its own to look for', () => {
  for (const tag of SHIPPED_LOCALES) assert.ok(phrases[tag].length >= 20, `${tag}: ${phrases[tag].length}`);
});

test('charge-troubleshooter.iife.js still speaks every shipped language', async () => {
  assert.deepEqual(languagesIn(await bundle('charge-troubleshooter.iife.js'), 'charge-troubleshooter.iife.js'), [...SHIPPED_LOCALES]);
});

test('charge-troubleshooter.en.iife.js speaks English only', async () => {
  assert.deepEqual(languagesIn(await bundle('charge-troubleshooter.en.iife.js'), 'charge-troubleshooter.en.iife.js'), ['en']);
});

for (const tag of SHIPPED_LOCALES.filter((tag) => tag !== 'en')) {
  const file = `charge-troubleshooter.${tag}.iife.js`;
  test(`${file} speaks English and ${tag}, no other language`, async () => {
    assert.deepEqual(languagesIn(await bundle(file), file), ['en', tag]);
  });
}

test('the German bundle has German UI text and no French, Spanish or Arabic', async () => {
  const code = await bundle('charge-troubleshooter.de.iife.js');
  const { de } = await import('../../dist/locales/de.js');
  for (const phrase of [de.ui.timerDone, de.ui.opensInNewTab, de.core.deviceTitle]) assert.ok(code.includes(phrase), phrase);
  for (const tag of ['fr', 'es', 'ar']) {
    const other = (await import(`../../dist/locales/${tag}.js`))[tag];
    for (const phrase of [other.ui.timerDone, other.ui.opensInNewTab, other.core.deviceTitle]) {
      assert.ok(!code.includes(phrase), `"${phrase}" (${tag}) is in the German bundle`);
    }
  }
});

test('a language left out is an error naming the bundles that have it', async () => {
  const code = await bundle('charge-troubleshooter.de.iife.js');
  assert.ok(code.includes('is not in charge-troubleshooter.de.iife.js, which has en, de: use charge-troubleshooter.fr.iife.js or'));
});

test('a one-language bundle saves at least 2 KB gzip for each language it leaves out', async () => {
  const every = (await measure('dist/cdn/charge-troubleshooter.iife.js')).gzip;
  for (const tag of SHIPPED_LOCALES) {
    const { gzip } = await measure(`dist/cdn/charge-troubleshooter.${tag}.iife.js`);
    const leftOut = SHIPPED_LOCALES.length - (tag === 'en' ? 1 : 2);
    assert.ok(every - gzip >= 2000 * leftOut, `${tag}: ${gzip} B gzip against ${every} B for every language`);
  }
});
