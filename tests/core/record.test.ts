// Outcome records: what a shop logs from each ended session, and the session id that finds it again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createSession, restoreSession, type Session } from '../../src/core/index.js';
import { wholeMonthsBetween } from '../../src/core/internal.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { tinyKnowledgeBase } from './fixtures.js';

const TODAY = '2026-11-21';

function walk(session: Session, choices: readonly number[]): Session {
  let s = session;
  for (const choice of choices) {
    if (s.current.kind === 'result') break;
    s = s.answer(s.current.options[choice % s.current.options.length]!.id);
  }
  return s;
}

describe('session.record()', () => {
  it('gives the knowledge base, the device, the age in whole months, every answer in order, the outcome and the step that fixed it', () => {
    let s = createSession({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun', purchaseDate: '2026-03-21', today: TODAY });
    s = s.answer('none');
    while (s.current.kind === 'question') s = s.answer(s.current.options[0]!.id);
    const step = s.current.id;
    s = s.answer('fixed');
    const record = s.record();
    assert.deepEqual(record, {
      record: 1,
      id: s.id,
      knowledgeBase: 'charge-troubleshooter',
      knowledgeBaseVersion: defaultKnowledgeBase.version,
      device: 'shokz-openrun',
      ageMonths: 8,
      path: s.history.map((h) => `${h.promptId}:${h.optionId}`).join(' '),
      outcome: 'resolved',
      fixedBy: step,
    });
    assert.match(record.path, /^safety:none .* [\w-]+:fixed$/);
  });

  it('names no step when the session did not end fixed, and no age without a purchase date', () => {
    const s = createSession({ knowledgeBase: defaultKnowledgeBase, device: 'generic-speaker', today: TODAY }).answer('danger');
    const record = s.record();
    assert.equal(record.outcome, 'safety-stop');
    assert.equal(record.path, 'safety:danger');
    assert.ok(!('fixedBy' in record) && !('ageMonths' in record));
  });

  it('records the device question when the shopper picked the device', () => {
    const s = createSession({ knowledgeBase: tinyKnowledgeBase(), today: TODAY }).answer('gadget').answer('fixed');
    assert.equal(s.record().path, 'device:gadget fix-x:fixed');
    assert.equal(s.record().device, 'gadget');
    // A knowledge base without id or version gives a record without them.
    assert.ok(!('knowledgeBase' in s.record()) && !('knowledgeBaseVersion' in s.record()));
  });

  it('before the end, is "abandoned" with what was answered so far, and names no step', () => {
    const fresh = createSession({ knowledgeBase: defaultKnowledgeBase, device: 'generic-speaker', today: TODAY });
    assert.equal(fresh.record().outcome, 'abandoned');
    assert.equal(fresh.record().path, '');
    const s = fresh.answer('none');
    const record = s.record();
    assert.equal(record.outcome, 'abandoned');
    assert.equal(record.path, 'safety:none');
    assert.equal(record.id, s.id);
    assert.ok(!('fixedBy' in record));
  });

  it('throws while no device is known: such a session says nothing about a fault', () => {
    const s = createSession({ knowledgeBase: tinyKnowledgeBase(), today: TODAY });
    assert.throws(() => s.record(), /The session has no device yet: it asks "device"/);
  });

  it('holds ids and numbers only, never a date or words, for any walk (property)', () => {
    const devices = defaultKnowledgeBase.devices.map((d) => d.id);
    fc.assert(
      fc.property(fc.constantFrom(...devices), fc.array(fc.nat(100), { minLength: 40, maxLength: 40 }), (device, choices) => {
        const s = walk(createSession({ knowledgeBase: defaultKnowledgeBase, device, purchaseDate: '2025-12-31', today: TODAY }), choices);
        if (s.current.kind !== 'result') return;
        const record = s.record();
        const text = JSON.stringify(record);
        assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/);
        assert.doesNotMatch(text, / [A-Z]|[a-z] [a-z]+ [a-z]/); // no sentences: the path's pairs are ids
        // The path replays to the same outcome: it is the whole history.
        const history = record.path.split(' ').map((pair) => {
          const [promptId, optionId] = pair.split(':');
          return { promptId: promptId!, optionId: optionId! };
        });
        const replayed = restoreSession({ ...s.snapshot(), history }, { knowledgeBase: defaultKnowledgeBase });
        assert.equal(replayed.record().outcome, record.outcome);
        assert.equal(record.ageMonths, 10);
      }),
      { numRuns: 100 },
    );
  });
});

describe('session ids', () => {
  it('are 16 random hex digits, different for each session, kept by answers and Back', () => {
    const a = createSession({ knowledgeBase: tinyKnowledgeBase(), device: 'gadget', today: TODAY });
    const b = createSession({ knowledgeBase: tinyKnowledgeBase(), device: 'gadget', today: TODAY });
    assert.match(a.id, /^[0-9a-f]{16}$/);
    assert.notEqual(a.id, b.id);
    assert.equal(a.answer('not-fixed').id, a.id);
    assert.equal(a.answer('not-fixed').back().id, a.id);
  });

  it('travel in the snapshot and survive a restore; a snapshot from before ids gets a new one', () => {
    const s = createSession({ knowledgeBase: tinyKnowledgeBase(), device: 'gadget', today: TODAY, id: 'shop_42-a' }).answer('not-fixed');
    const snapshot = JSON.parse(JSON.stringify(s.snapshot()));
    assert.equal(snapshot.id, 'shop_42-a');
    assert.equal(restoreSession(snapshot, { knowledgeBase: tinyKnowledgeBase() }).id, 'shop_42-a');
    const { id: _, ...older } = snapshot;
    assert.match(restoreSession(older, { knowledgeBase: tinyKnowledgeBase() }).id, /^[0-9a-f]{16}$/);
  });

  it('must be 1 to 64 letters, digits, "_" or "-": a RangeError, and a tampered snapshot is refused', () => {
    for (const bad of ['', 'a b', 'x'.repeat(65), 'ünï', 42]) {
      assert.throws(
        () => createSession({ knowledgeBase: tinyKnowledgeBase(), today: TODAY, id: bad as string }),
        (e) => e instanceof RangeError && /id must be 1 to 64 letters, digits, "_" or "-"/.test(e.message),
      );
    }
    const snapshot = { ...createSession({ knowledgeBase: tinyKnowledgeBase(), today: TODAY }).snapshot(), id: '<script>' };
    assert.throws(() => restoreSession(snapshot, { knowledgeBase: tinyKnowledgeBase() }), /Cannot restore session: "id" must be 1 to 64/);
  });
});

describe('wholeMonthsBetween', () => {
  const date = (text: string) => {
    const [year, month, day] = text.split('-').map(Number);
    return { year: year!, month: month!, day: day! };
  };
  for (const [from, to, months] of [
    ['2026-03-21', '2026-11-21', 8],
    ['2026-03-21', '2026-11-20', 7],
    ['2026-01-31', '2026-02-28', 0],
    ['2025-12-15', '2026-01-15', 1],
    ['2026-11-21', '2026-11-21', 0],
  ] as const) {
    it(`${from} to ${to} is ${months}`, () => assert.equal(wholeMonthsBetween(date(from), date(to)), months));
  }
});
