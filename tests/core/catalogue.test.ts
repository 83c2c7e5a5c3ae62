import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueKnowledgeBase } from '../../bench/catalogue.mjs';
import { createSession, type KnowledgeBase, validateKnowledgeBase } from '../../src/core/index.js';
import { buildModel } from '../../src/core/model/model.js';
import { clone, defaultKnowledgeBase } from './fixtures.js';

// A retailer's catalogue of thousands of products: the work of checking and indexing it must grow with
// the catalogue, not with its square. Counted, not timed: each read of an entry of a `devices` list
// (an action's, a question's, a variant's) is one unit of work, and so is each entry a search of any
// array (`includes`, `indexOf`) passes over, copies of the lists included: the same on any machine.

/** The catalogue with every `devices` list behind a proxy counting reads of its entries. */
function countedCatalogue(products: number): { kb: KnowledgeBase; reads: () => number; listed: number } {
  let reads = 0;
  let listed = 0;
  const counted = (list: string[]) => {
    listed += list.length;
    return new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
  };
  const kb = clone(catalogueKnowledgeBase(clone(defaultKnowledgeBase), products)) as KnowledgeBase;
  for (const entry of [...kb.actions, ...kb.questions]) {
    if (entry.devices) entry.devices = counted(entry.devices);
    for (const variant of entry.variants ?? []) variant.devices = counted(variant.devices);
  }
  return { kb, reads: () => reads, listed };
}

/** How many entries `includes` and `indexOf` passed over (their arrays' lengths) while `work` ran. */
function countingSearches(work: () => void): number {
  const { includes, indexOf } = Array.prototype;
  let scanned = 0;
  Array.prototype.includes = function (this: unknown[], ...args: [unknown, number?]) {
    scanned += this.length;
    return includes.apply(this, args);
  };
  Array.prototype.indexOf = function (this: unknown[], ...args: [unknown, number?]) {
    scanned += this.length;
    return indexOf.apply(this, args);
  };
  try {
    work();
  } finally {
    Array.prototype.includes = includes;
    Array.prototype.indexOf = indexOf;
  }
  return scanned;
}

describe('a catalogue of 5,000 products', () => {
  it('is valid and starts a session whose first question offers every product', () => {
    const kb = catalogueKnowledgeBase(clone(defaultKnowledgeBase), 5000);
    validateKnowledgeBase(kb);
    const session = createSession({ knowledgeBase: kb, today: '2026-01-01' });
    assert.equal(session.current.id, 'device');
    assert.equal(session.current.options.length, 5000);
  });

  for (const [what, work] of [
    ['validating it', (kb: KnowledgeBase) => validateKnowledgeBase(kb)],
    ['building its model', (kb: KnowledgeBase) => buildModel(kb)],
  ] as const) {
    it(`reads each device list entry a few times at most when ${what}, at 2,500 and at 5,000 products`, () => {
      for (const products of [2500, 5000]) {
        const { kb, reads, listed } = countedCatalogue(products);
        const scanned = countingSearches(() => work(kb));
        // Quadratic work read each list once per device: thousands of times the lists' length.
        const total = reads() + scanned;
        assert.ok(
          total <= 4 * listed,
          `${what}, ${products} products: ${reads()} reads and ${scanned} searched of ${listed} listed devices`,
        );
      }
    });
  }

  it('gives each product the same actions and questions as the product it copies', () => {
    const model = buildModel(catalogueKnowledgeBase(clone(defaultKnowledgeBase), 120));
    const ids = (device: string) => {
      const { actions, gates, questions } = model.devices.get(device)!;
      return [actions, gates, questions].map((list) => list.map((entry) => ('action' in entry ? entry.action.id : entry.question.id)));
    };
    for (const original of defaultKnowledgeBase.devices) assert.deepEqual(ids(`${original.id}-9`), ids(original.id));
  });
});
