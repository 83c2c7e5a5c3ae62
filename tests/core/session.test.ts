import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueKnowledgeBase } from '../../bench/catalogue.mjs';
import { createSession, type KnowledgeBase, KnowledgeBaseError, restoreSession, type Session } from '../../src/core/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { assertContains, assertHasProperties, builtIn, clone, tinyKnowledgeBase } from './fixtures.js';
import { truthfulAnswer } from './shopper.js';

const TODAY = '2026-11-21';

function expectUnchanged(session: Session, act: () => unknown, error: new (...args: never[]) => Error, message: RegExp) {
  const before = { current: clone(session.current), history: clone(session.history), summary: session.summary() };
  assert.throws(act, (e) => e instanceof error && message.test(e.message));
  assert.deepEqual(clone(session.current), before.current);
  assert.deepEqual(clone(session.history), before.history);
  assert.equal(session.summary(), before.summary);
}

describe('createSession', () => {
  it('asks which device first when none is given, with every device as an option', () => {
    const s = builtIn({ today: TODAY });
    assertHasProperties(s.current, { kind: 'question', id: 'device' });
    assert.deepEqual(
      s.current.options.map((o) => o.id),
      defaultKnowledgeBase.devices.map((d) => d.id),
    );
    assert.equal(s.current.options[0]!.label, 'Shokz OpenRun');
    assert.equal(s.answer('soundcore-boost').current.id, 'safety');
  });

  it('puts the safety check before any charging advice for every device, and the recall check right after it where the recall can apply', () => {
    const recallQuestion: Record<string, string> = { 'soundcore-a3102': 'recall-check', 'generic-speaker': 'recall-label' };
    for (const { id } of defaultKnowledgeBase.devices) {
      const s = builtIn({ device: id, today: TODAY });
      assert.equal(s.current.id, 'safety', id);
      assert.deepEqual(
        s.current.options.map((o) => o.id),
        ['danger', 'wet', 'none'],
      );
      assertHasProperties(s.answer('danger').current, { kind: 'result', outcome: 'safety-stop' });
      // A wet device is dried before any other step, but after every gate: a recall check comes first.
      assert.equal(s.answer('wet').current.id, recallQuestion[id] ?? 'dry-out', id);
      const afterSafety = s.answer('none').current.id;
      // Motion+, Flare 2 and Boost are not recalled: their owners are never asked for a model number.
      if (recallQuestion[id] === undefined) {
        assert.ok(!['recall-check', 'recall-label'].includes(afterSafety), `${id} asks ${afterSafety}`);
        continue;
      }
      assert.equal(afterSafety, recallQuestion[id], id);
      const recalled = s.answer('none').answer('recalled').current;
      assertHasProperties(recalled, { kind: 'result', outcome: 'safety-stop' });
      assert.ok(
        recalled.kind === 'result' && recalled.title.includes('safety recall') && recalled.stop === 'recall',
        `${id}: recall result says ${JSON.stringify(recalled)}`,
      );
      const action = recalled.kind === 'result' ? recalled.action?.href : undefined;
      assert.equal(action, 'https://us.soundcore.com/pages/a3102-recall', `${id}: the recall result's way on`);
    }
  });

  it('uses device-specific wording where the knowledge base has it', () => {
    // A shopper with a software glitch is led to the reset step.
    const resetSteps = (device: string) => {
      let s = builtIn({ device, today: TODAY });
      while (s.current.id !== 'restart-reset') s = s.answer(truthfulAnswer(defaultKnowledgeBase, 'software-glitch', s));
      return s.current.kind === 'action' ? s.current.steps.join(' ') : '';
    };
    assert.match(resetSteps('shokz-openrun'), /multifunction, volume \+ and volume − buttons together/);
    assert.match(resetSteps('soundcore-boost'), /power and BassUp buttons together for 5–6 seconds/);
    assert.match(resetSteps('soundcore-flare-2'), /not universal/);
    assert.match(resetSteps('generic-speaker'), /differs between models, so don’t guess one/);
  });

  it('rejects an unknown device, naming the known ones', () => {
    assert.throws(
      () => builtIn({ device: 'toaster' }),
      (e) => e instanceof RangeError && /Unknown device "toaster"; known devices: shokz-openrun, .*generic-speaker/.test(e.message),
    );
  });

  it('cuts a 1,000,000-character device, region and answer to 80 characters in its errors', () => {
    const long = 'x'.repeat(1_000_000);
    for (const attempt of [
      () => builtIn({ device: long }),
      () => builtIn({ device: 'shokz-openrun', region: long }),
      () => builtIn({ device: 'shokz-openrun' }).answer(long),
    ]) {
      assert.throws(attempt, (e) => e instanceof RangeError && e.message.length < 500 && e.message.includes(`"${'x'.repeat(79)}…"`));
    }
  });

  it('names 20 known devices of a catalogue of 5,000 and says how many more, not all 5,000', () => {
    const kb = catalogueKnowledgeBase(clone(defaultKnowledgeBase), 5000);
    assert.throws(
      () => createSession({ knowledgeBase: kb, device: 'toaster' }),
      (e) => e instanceof RangeError && /known devices: shokz-openrun, .* and 4980 more$/.test(e.message) && e.message.length < 1000,
    );
  });

  it('rejects bad dates and return windows with a RangeError that names the field', () => {
    assert.throws(
      () => builtIn({ today: '2026-02-30' }),
      (e) => e instanceof RangeError && /today "2026-02-30" is not a real calendar date/.test(e.message),
    );
    assert.throws(
      () => builtIn({ today: '21/11/2026' }),
      (e) => e instanceof RangeError && /today must be a date written YYYY-MM-DD/.test(e.message),
    );
    assert.throws(
      () => builtIn({ today: TODAY, purchaseDate: '2026-13-01' }),
      (e) => e instanceof RangeError && /purchaseDate "2026-13-01"/.test(e.message),
    );
    assert.throws(
      () => builtIn({ today: TODAY, purchaseDate: '2026-11-22' }),
      (e) => e instanceof RangeError && /purchaseDate 2026-11-22 is after today \(2026-11-21\)/.test(e.message),
    );
    assert.throws(
      () => builtIn({ returnDays: -1 }),
      (e) => e instanceof RangeError && /returnDays must be a whole number/.test(e.message),
    );
    assert.throws(
      () => builtIn({ returnDays: 14.5 }),
      (e) => e instanceof RangeError && /returnDays/.test(e.message),
    );
  });

  it('accepts leap days and defaults today to the shopper’s local date', () => {
    assert.doesNotThrow(() => builtIn({ today: '2028-02-29', purchaseDate: '2024-02-29' }));
    const local = (date: Date) =>
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const before = local(new Date());
    const today = builtIn().snapshot().today;
    assert.ok([before, local(new Date())].includes(today), `${today} is the local date`);
  });

  it('rejects a malformed knowledge base with every problem listed', () => {
    const kb = clone(tinyKnowledgeBase()) as KnowledgeBase & { causes: unknown };
    (kb as { schemaVersion: number }).schemaVersion = 9;
    assert.throws(
      () => createSession({ knowledgeBase: kb }),
      (e) => e instanceof KnowledgeBaseError && /schemaVersion/.test(e.message),
    );
  });
});

describe('Session', () => {
  const start = () => builtIn({ device: 'shokz-openrun', today: TODAY, purchaseDate: '2026-01-15' });

  it('throws a RangeError naming the valid ids for an unknown answer, and changes nothing', () => {
    const s = start().answer('none');
    expectUnchanged(
      s,
      () => s.answer('maybe'),
      RangeError,
      /Unknown answer "maybe" to "how-it-started"; valid answers: suddenly, gradually, after-knock, after-cold-or-heat, after-storage/,
    );
  });

  it('throws a RangeError when answering a result, and changes nothing', () => {
    const s = start().answer('danger');
    expectUnchanged(s, () => s.answer('fixed'), RangeError, /has ended with "safety-stop"/);
  });

  it('is immutable: answering returns a new session and leaves the old one as it was', () => {
    const s = start();
    const next = s.answer('none');
    assert.notEqual(next, s);
    assert.equal(s.current.id, 'safety');
    assert.deepEqual(s.history, []);
    assert.deepEqual(next.history, [{ promptId: 'safety', optionId: 'none' }]);
    assert.equal(Object.isFrozen(next.current), true);
    assert.equal(Object.isFrozen(next.current.options), true);
    assert.equal(Object.isFrozen(next.history), true);
    assert.throws(() => ((next.history as unknown[]).length = 0), TypeError);
  });

  it('back() returns the session before the last answer, and itself at the start', () => {
    const s = start();
    const next = s.answer('none');
    assert.equal(next.back(), s);
    assert.equal(s.back(), s);
  });

  it('writes a summary a support agent can act on', () => {
    let s = start().answer('none').answer('gradually');
    assertContains(s.summary(), 'Result: not finished yet');
    while (s.current.kind !== 'result')
      s = s.answer(
        s.current.kind === 'action' ? 'not-fixed' : s.current.id === 'charging-light' ? 'normal-light' : s.current.options.at(-1)!.id,
      );
    const summary = s.summary();
    const lines = summary.split('\n');
    assert.equal(lines[0], 'Charging problem: troubleshooter summary');
    assert.equal(lines[1], 'Device: Shokz OpenRun');
    assert.equal(lines[2], 'Purchased: January 15, 2026 (2026-01-15), under its warranty of 2 years');
    assertContains(summary, '  1. Safety check first → No, none of these');
    assertContains(summary, '  2. How did it start? → Gradually: the battery lasted less and less');
    assert.equal(lines.filter((l) => /^ {2}\d+\. /.test(l)).length, s.history.length);
    assertContains(summary, 'Result: Claim the warranty\n');
    assert.match(summary, /Likely causes: Worn-out or failed battery \(very likely, \d+%\)/);
    // The session's id, for the returns desk's verdict: the outcome record's id.
    assert.equal(lines.at(-1), `Reference: ${s.record().id}`);
  });

  it('summarises the shopper’s own answer about the age when no date was given', () => {
    const kb = tinyKnowledgeBase({ actions: [] });
    const s = createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY });
    assert.equal(s.current.id, 'age');
    const summary = s.answer('warranty').summary();
    assertContains(summary, 'Purchased: date not given; shopper says: Between 30 days and 1 year ago');
    assertContains(summary, '1. When was it bought? → Between 30 days and 1 year ago');
  });
});

describe('restoreSession', () => {
  const played = () => builtIn({ device: 'soundcore-boost', today: TODAY, returnDays: 14 }).answer('none').answer('suddenly');

  it('round-trips through JSON exactly, given the day it was saved', () => {
    const s = played();
    const snapshot = JSON.parse(JSON.stringify(s.snapshot()));
    const restored = restoreSession(snapshot, { knowledgeBase: defaultKnowledgeBase, today: snapshot.today });
    assert.deepEqual(restored.current, s.current);
    assert.deepEqual(restored.history, s.history);
    assert.deepEqual(restored.snapshot(), s.snapshot());
    assert.deepEqual(restored.back().current, s.back().current);
  });

  it('counts the age to the day it is given, or the local date now, never to the snapshot’s saved today', () => {
    // Saved on 10 June, four days after the purchase: inside the return window then, not now.
    const saved = builtIn({ device: 'shokz-openrun', purchaseDate: '2026-06-06', today: '2026-06-10' }).answer('none');
    const snapshot = JSON.parse(JSON.stringify(saved.snapshot()));
    assert.equal(saved.state.ageBand, 'return');

    const later = restoreSession(snapshot, { knowledgeBase: defaultKnowledgeBase, today: '2026-12-06' });
    assert.equal(later.state.ageBand, 'warranty');
    assert.equal(later.snapshot().today, '2026-12-06');

    const now = restoreSession(snapshot, { knowledgeBase: defaultKnowledgeBase });
    assert.notEqual(now.snapshot().today, '2026-06-10', 'today is the real one, not the saved one');
    assert.equal(now.snapshot().today, builtIn().snapshot().today);
    assert.notEqual(now.state.ageBand, 'return');

    const trusted = restoreSession(snapshot, { knowledgeBase: defaultKnowledgeBase, today: snapshot.today });
    assert.equal(trusted.state.ageBand, 'return', 'a caller who trusts the snapshot passes its today');
    assert.deepEqual(trusted.snapshot(), saved.snapshot());
  });

  it('still checks the saved today, and refuses a purchase after the day it is given', () => {
    const snapshot = builtIn({ device: 'shokz-openrun', purchaseDate: '2026-06-06', today: '2026-06-10' }).snapshot();
    assert.throws(
      () => restoreSession({ ...snapshot, today: '10/06/2026' }, { knowledgeBase: defaultKnowledgeBase, today: TODAY }),
      (e) => e instanceof Error && /^Cannot restore session: today must be a date written YYYY-MM-DD/.test(e.message),
    );
    assert.throws(
      () => restoreSession(snapshot, { knowledgeBase: defaultKnowledgeBase, today: '2026-06-01' }),
      (e) => e instanceof Error && /^Cannot restore session: purchaseDate 2026-06-06 is after today \(2026-06-01\)/.test(e.message),
    );
  });

  it('rejects a snapshot of the wrong shape with a clear Error', () => {
    const good = played().snapshot() as unknown as Record<string, unknown>;
    const bad: [unknown, RegExp][] = [
      [null, /not an object/],
      [[], /not an object/],
      ['{"version":1}', /not an object/],
      [{ ...good, version: 2 }, /unsupported snapshot version 2/],
      [{ ...good, today: undefined }, /"today" is missing/],
      [{ ...good, history: 'none' }, /"history" must be an array/],
      [{ ...good, history: [{ promptId: 'safety' }] }, /history\[0\] must be an object/],
      [{ ...good, device: 42 }, /"device" must be a string/],
      [{ ...good, returnDays: '14' }, /"returnDays" must be a number/],
      [{ ...good, device: 'toaster' }, /Unknown device "toaster"/],
      [{ ...good, today: '2026-02-31' }, /not a real calendar date/],
      [{ ...good, returnDays: -3 }, /returnDays must be a whole number/],
    ];
    for (const [snapshot, message] of bad) {
      assert.throws(
        () => restoreSession(snapshot, { knowledgeBase: defaultKnowledgeBase }),
        (error) => {
          assert.ok(
            error instanceof Error && /^Cannot restore session: /.test(error.message),
            `${JSON.stringify(snapshot)}: threw ${String(error)}`,
          );
          assert.match(String(error), message, JSON.stringify(snapshot)); // chai's .and.to.match on the thrown error
          return true;
        },
        JSON.stringify(snapshot),
      );
    }
  });

  it('rejects answers that no longer fit the knowledge base', () => {
    const good = played().snapshot();
    const unknownOption = { ...good, history: [...good.history.slice(0, 1), { promptId: 'how-it-started', optionId: 'yesterday' }] };
    assert.throws(() => restoreSession(unknownOption, { knowledgeBase: defaultKnowledgeBase }), {
      message: /answer 2 \("yesterday"\) is no longer an answer to "how-it-started"/,
    });
    const wrongPrompt = { ...good, history: [{ promptId: 'reset', optionId: 'fixed' }] };
    assert.throws(() => restoreSession(wrongPrompt, { knowledgeBase: defaultKnowledgeBase }), {
      message: /answer 1 is for "reset", but the session now asks "safety"/,
    });
    // The same snapshot against a knowledge base without the question about how it started.
    const kb = clone(defaultKnowledgeBase);
    kb.questions = kb.questions.filter((q) => q.id !== 'how-it-started');
    assert.throws(() => restoreSession(good, { knowledgeBase: kb }), { message: /answer 2 is for "how-it-started"/ });
  });
});
