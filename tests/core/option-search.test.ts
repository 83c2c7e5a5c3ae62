import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { folded, matchingOptions, queryWords } from '../../src/components/charge-troubleshooter-step/option-search.js';

// The device picker's search: pure string work, tested here; the box itself is tested in Chromium.

const products = [
  { label: 'Shokz OpenRun Pro', group: 'Shokz' },
  { label: 'Soundcore Motion+', group: 'Soundcore' },
  { label: 'Écouteurs sans fil', group: 'Autre' },
  { label: 'Kopfhörer Über', group: 'Andere' },
];

describe('the device picker’s search', () => {
  it('ignores case and accents, in the query and in the names', () => {
    assert.deepEqual(matchingOptions(products, 'ECOUTEURS'), [products[2]]);
    assert.deepEqual(matchingOptions(products, 'kopfhorer uber'), [products[3]]);
    assert.deepEqual(matchingOptions(products, 'ÓPENRUN'), [products[0]]);
  });

  it('needs every word, each found in the brand or the name, in any order', () => {
    assert.deepEqual(matchingOptions(products, 'pro shokz'), [products[0]]);
    assert.deepEqual(matchingOptions(products, 'soundcore pro'), []);
    assert.deepEqual(matchingOptions(products, 'autre fil'), [products[2]]);
  });

  it('shows every answer for a query without words', () => {
    for (const query of ['', '   ', ' - / ']) assert.deepEqual(matchingOptions(products, query), products);
  });

  it('finds any part of any name, typed in any case, and keeps the list’s order', () => {
    const option = fc.record({ label: fc.string({ minLength: 1, maxLength: 20 }), group: fc.string({ maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(option, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), fc.nat(), (options, pick, start, length) => {
        const target = options[pick % options.length]!;
        const text = folded(target.label);
        const from = start % text.length;
        const query = text.slice(from, from + 1 + (length % 6)).toUpperCase();
        const found = matchingOptions(options, query);
        assert.ok(queryWords(query).length === 0 || found.includes(target), `${JSON.stringify(query)} finds ${JSON.stringify(target)}`);
        // Found ones in the list's order: a subsequence of it.
        let at = 0;
        for (const match of found) {
          const index = options.indexOf(match, at);
          assert.ok(index >= 0, 'in the list’s order');
          at = index + 1;
        }
      }),
      { numRuns: 300 },
    );
  });
});
