import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
// @ts-expect-error: a plain script, without types
import { fieldNames } from '../../scripts/field-names.mjs';
import { createSession, restoreSession, type Session } from '../../src/core/index.js';
import { defaultKnowledgeBase, loadKnowledgeBase } from '../../src/knowledge-base/index.js';
import { loadLocale } from '../../src/locales/index.js';
import { POLLUTING_VALUES, withPollution } from '../pollution.js';

const NAMES: string[] = JSON.parse(readFileSync('tests/fixtures/field-names.json', 'utf8'));
const TODAY = '2026-12-07';
const DEVICES = defaultKnowledgeBase.devices.map((device) => device.id);

type Walk = {
  device: string | undefined;
  purchaseDate: string | undefined;
  region: 'UK' | 'EU' | undefined;
  choices: number[];
  locale: 'en' | 'de';
};

/**
 * What a session advises on a walk, as plain text: every prompt and the result (its links, contacts,
 * claim, summary), from a fresh copy of the knowledge base (so validation and the model are built
 * under the pollution too), then resumed from its snapshot.
 */
function advice(walk: Walk, kb: unknown, locale: unknown): string[] {
  const knowledgeBase = structuredClone(kb) as typeof defaultKnowledgeBase;
  const options = {
    knowledgeBase,
    id: 'polluted-walk',
    today: TODAY,
    locale: locale as never,
    ...(walk.region ? { region: walk.region } : {}),
    shop: { name: 'Fjord Outdoor', email: 'help@fjord.example', returnUrl: 'https://fjord.example/returns' },
    ...(walk.device ? { device: walk.device } : {}),
    ...(walk.purchaseDate ? { purchaseDate: walk.purchaseDate } : {}),
  };
  let session: Session = createSession(options);
  const seen = [JSON.stringify(session.current)];
  for (const choice of walk.choices) {
    if (session.current.kind === 'result') break;
    session = session.answer(session.current.options[choice % session.current.options.length]!.id);
    seen.push(JSON.stringify(session.current));
  }
  seen.push(session.summary());
  const resumed = restoreSession(JSON.parse(JSON.stringify(session.snapshot())), { ...options, knowledgeBase });
  seen.push(JSON.stringify(resumed.current), JSON.stringify(resumed.snapshot().history));
  return seen;
}

const walks: fc.Arbitrary<Walk> = fc.record({
  device: fc.option(fc.constantFrom(...DEVICES), { nil: undefined }),
  purchaseDate: fc.option(fc.constantFrom('2026-12-01', '2026-02-01', '2024-06-01'), { nil: undefined }),
  region: fc.constantFrom('UK' as const, 'EU' as const, undefined),
  choices: fc.array(fc.nat({ max: 100 }), { minLength: 40, maxLength: 40 }),
  locale: fc.constantFrom('en' as const, 'de' as const),
});

describe('a page that polluted Object.prototype and Array.prototype', async () => {
  const translated = await loadKnowledgeBase('de');
  const locales = { en: await loadLocale('en'), de: await loadLocale('de') };
  const kbFor = (walk: Walk) => (walk.locale === 'de' ? translated : defaultKnowledgeBase);

  it('the list of field names is every member of the types in src/ and of the schemas (npm run field-names)', () => {
    assert.deepEqual(NAMES, fieldNames());
    assert.ok(NAMES.length > 300 && NAMES.includes('href') && NAMES.includes('outcome') && NAMES.includes('orderNumber'));
  });

  it('changes nothing the core advises: every field name at once, with each kind of value', () => {
    const walk: Walk = { device: 'soundcore-a3102', purchaseDate: '2026-12-01', region: 'EU', choices: Array(40).fill(1), locale: 'en' };
    const clean = advice(walk, kbFor(walk), locales.en);
    for (const value of POLLUTING_VALUES) {
      const seen = withPollution(
        NAMES,
        () => value,
        () => advice(walk, kbFor(walk), locales.en),
      );
      assert.deepEqual(seen, clean, `polluted with ${JSON.stringify(value)}`);
    }
  });

  it('changes nothing the core advises on any walk, whatever is polluted (property)', () => {
    const pollution = fc.record({
      names: fc.subarray(NAMES, { minLength: 1 }),
      value: fc.constantFrom(...POLLUTING_VALUES),
    });
    fc.assert(
      fc.property(walks, pollution, (walk, { names, value }) => {
        const clean = advice(walk, kbFor(walk), locales[walk.locale]);
        const seen = withPollution(
          names,
          () => value,
          () => advice(walk, kbFor(walk), locales[walk.locale]),
        );
        assert.deepEqual(seen, clean);
      }),
      { numRuns: 60, seed: 20261207 },
    );
  });
});
