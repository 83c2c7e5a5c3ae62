import { expect } from '@open-wc/testing';
import {
  createSession,
  defaultKnowledgeBase,
  KnowledgeBaseError,
  restoreSession,
  type KnowledgeBase,
  type Session,
} from '../../src/core/index.js';
import { clone, tinyKnowledgeBase } from './fixtures.js';
import { truthfulAnswer } from './shopper.js';

const TODAY = '2026-11-21';

function expectUnchanged(session: Session, act: () => unknown, error: new (...args: never[]) => Error, message: RegExp) {
  const before = { current: clone(session.current), history: clone(session.history), summary: session.summary() };
  expect(act).to.throw(error, message);
  expect(session.current).to.deep.equal(before.current);
  expect(session.history).to.deep.equal(before.history);
  expect(session.summary()).to.equal(before.summary);
}

describe('createSession', () => {
  it('asks which device first when none is given, with every device as an option', () => {
    const s = createSession({ today: TODAY });
    expect(s.current).to.include({ kind: 'question', id: 'device' });
    expect(s.current.options.map((o) => o.id)).to.deep.equal(defaultKnowledgeBase.devices.map((d) => d.id));
    expect(s.current.options[0]!.label).to.equal('Shokz OpenRun');
    expect(s.answer('soundcore-boost').current.id).to.equal('safety');
  });

  it('puts the safety check before any charging advice for every device, and the recall check right after it for Soundcore', () => {
    for (const { id } of defaultKnowledgeBase.devices) {
      const s = createSession({ device: id, today: TODAY });
      expect(s.current.id, id).to.equal('safety');
      expect(s.current.options.map((o) => o.id)).to.deep.equal(['danger', 'wet', 'none']);
      expect(s.answer('danger').current).to.include({ kind: 'result', outcome: 'safety-stop' });
      expect(s.answer('wet').current.id, `${id}: a wet device is dried first`).to.equal('dry-out');
      const afterSafety = s.answer('none').current.id;
      if (!id.startsWith('soundcore-')) expect(afterSafety, id).to.not.equal('recall-check');
      else {
        expect(afterSafety, id).to.equal('recall-check');
        const recalled = s.answer('none').answer('recalled').current;
        expect(recalled).to.include({ kind: 'result', outcome: 'safety-stop' });
        expect(recalled.kind === 'result' && recalled.body).to.contain('safety recall');
        expect(recalled.kind === 'result' && recalled.links.map((l) => l.href)).to.include('https://us.soundcore.com/pages/a3102-recall');
      }
    }
  });

  it('uses device-specific wording where the knowledge base has it', () => {
    // A shopper with a software glitch is led to the reset step.
    const resetSteps = (device: string) => {
      let s = createSession({ device, today: TODAY });
      while (s.current.id !== 'restart-reset') s = s.answer(truthfulAnswer(defaultKnowledgeBase, 'software-glitch', s));
      return s.current.kind === 'action' ? s.current.steps.join(' ') : '';
    };
    expect(resetSteps('shokz-openrun')).to.match(/multifunction, volume \+ and volume − buttons together/);
    expect(resetSteps('soundcore-boost')).to.match(/power and BassUp buttons together for 5–6 seconds/);
    expect(resetSteps('soundcore-flare-2')).to.match(/not universal/);
    expect(resetSteps('generic-speaker')).to.match(/differs between models, so don’t guess one/);
  });

  it('rejects an unknown device, naming the known ones', () => {
    expect(() => createSession({ device: 'toaster' })).to.throw(RangeError, /Unknown device "toaster"; known devices: shokz-openrun, .*generic-speaker/);
  });

  it('rejects bad dates and return windows with a RangeError that names the field', () => {
    expect(() => createSession({ today: '2026-02-30' })).to.throw(RangeError, /today "2026-02-30" is not a real calendar date/);
    expect(() => createSession({ today: '21/11/2026' })).to.throw(RangeError, /today must be a date written YYYY-MM-DD/);
    expect(() => createSession({ today: TODAY, purchaseDate: '2026-13-01' })).to.throw(RangeError, /purchaseDate "2026-13-01"/);
    expect(() => createSession({ today: TODAY, purchaseDate: '2026-11-22' })).to.throw(RangeError, /purchaseDate 2026-11-22 is after today \(2026-11-21\)/);
    expect(() => createSession({ returnDays: -1 })).to.throw(RangeError, /returnDays must be a whole number/);
    expect(() => createSession({ returnDays: 14.5 })).to.throw(RangeError, /returnDays/);
  });

  it('accepts leap days and defaults today to the real date', () => {
    expect(() => createSession({ today: '2028-02-29', purchaseDate: '2024-02-29' })).to.not.throw();
    expect(createSession().snapshot().today).to.equal(new Date().toISOString().slice(0, 10));
  });

  it('rejects a malformed knowledge base with every problem listed', () => {
    const kb = clone(tinyKnowledgeBase()) as KnowledgeBase & { causes: unknown };
    (kb as { schemaVersion: number }).schemaVersion = 9;
    expect(() => createSession({ knowledgeBase: kb })).to.throw(KnowledgeBaseError, /schemaVersion/);
  });
});

describe('Session', () => {
  const start = () => createSession({ device: 'shokz-openrun', today: TODAY, purchaseDate: '2026-01-15' });

  it('throws a RangeError naming the valid ids for an unknown answer, and changes nothing', () => {
    const s = start().answer('none');
    expectUnchanged(s, () => s.answer('maybe'), RangeError, /Unknown answer "maybe" to "how-it-started"; valid answers: suddenly, gradually, after-knock, after-cold-or-heat, after-storage/);
  });

  it('throws a RangeError when answering a result, and changes nothing', () => {
    const s = start().answer('danger');
    expectUnchanged(s, () => s.answer('fixed'), RangeError, /has ended with "safety-stop"/);
  });

  it('is immutable: answering returns a new session and leaves the old one as it was', () => {
    const s = start();
    const next = s.answer('none');
    expect(next).to.not.equal(s);
    expect(s.current.id).to.equal('safety');
    expect(s.history).to.deep.equal([]);
    expect(next.history).to.deep.equal([{ promptId: 'safety', optionId: 'none' }]);
    expect(Object.isFrozen(next.current)).to.equal(true);
    expect(Object.isFrozen(next.current.options)).to.equal(true);
    expect(Object.isFrozen(next.history)).to.equal(true);
    expect(() => ((next.history as unknown[]).length = 0)).to.throw(TypeError);
  });

  it('back() returns the session before the last answer, and itself at the start', () => {
    const s = start();
    const next = s.answer('none');
    expect(next.back()).to.equal(s);
    expect(s.back()).to.equal(s);
  });

  it('writes a summary a support agent can act on', () => {
    let s = start().answer('none').answer('gradually');
    expect(s.summary()).to.contain('Result: not finished yet');
    while (s.current.kind !== 'result') s = s.answer(s.current.kind === 'action' ? 'not-fixed' : s.current.id === 'charging-light' ? 'normal-light' : s.current.options.at(-1)!.id);
    const summary = s.summary();
    const lines = summary.split('\n');
    expect(lines[0]).to.equal('Charging problem: troubleshooter summary');
    expect(lines[1]).to.equal('Device: Shokz OpenRun (shokz-openrun)');
    expect(lines[2]).to.equal('Purchased: January 15, 2026 (2026-01-15), under its warranty of 2 years');
    expect(summary).to.contain('  1. First, a safety check: is any of this happening? → No, none of these');
    expect(summary).to.contain('  2. How did the problem start? → Gradually: the battery lasted less and less');
    expect(lines.filter((l) => /^ {2}\d+\. /.test(l))).to.have.length(s.history.length);
    expect(summary).to.contain('Result: Claim the warranty (warranty-claim)');
    expect(summary).to.match(/Likely causes: Worn-out or failed battery \(\d+%\)/);
  });

  it('summarises the shopper’s own answer about the age when no date was given', () => {
    const kb = tinyKnowledgeBase({ actions: [] });
    const s = createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY });
    expect(s.current.id).to.equal('age');
    const summary = s.answer('warranty').summary();
    expect(summary).to.contain('Purchased: date not given; shopper says: Between 30 days and 1 year ago');
    expect(summary).to.contain('1. When was it bought? → Between 30 days and 1 year ago');
  });
});

describe('restoreSession', () => {
  const played = () => createSession({ device: 'soundcore-boost', today: TODAY, returnDays: 14 }).answer('none').answer('other-model').answer('suddenly');

  it('round-trips through JSON exactly', () => {
    const s = played();
    const restored = restoreSession(JSON.parse(JSON.stringify(s.snapshot())));
    expect(restored.current).to.deep.equal(s.current);
    expect(restored.history).to.deep.equal(s.history);
    expect(restored.snapshot()).to.deep.equal(s.snapshot());
    expect(restored.back().current).to.deep.equal(s.back().current);
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
      expect(() => restoreSession(snapshot), JSON.stringify(snapshot)).to.throw(Error, /^Cannot restore session: /).and.to.match(message);
    }
  });

  it('rejects answers that no longer fit the knowledge base', () => {
    const good = played().snapshot();
    const unknownOption = { ...good, history: [...good.history.slice(0, 2), { promptId: 'how-it-started', optionId: 'yesterday' }] };
    expect(() => restoreSession(unknownOption)).to.throw(/answer 3 \("yesterday"\) is no longer an answer to "how-it-started"/);
    const wrongPrompt = { ...good, history: [{ promptId: 'reset', optionId: 'fixed' }] };
    expect(() => restoreSession(wrongPrompt)).to.throw(/answer 1 is for "reset", but the session now asks "safety"/);
    // The same snapshot against a knowledge base without the recall question.
    const kb = clone(defaultKnowledgeBase);
    kb.questions = kb.questions.filter((q) => q.id !== 'recall-check');
    expect(() => restoreSession(good, { knowledgeBase: kb })).to.throw(/answer 2 is for "recall-check"/);
  });
});
