// The framework-free controller every view uses: loading, answering, going back, starting over,
// the wait timer on an injected clock, saving and resuming, switching language without replay.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ControllerChange,
  type ControllerState,
  createController,
  createSession,
  KnowledgeBaseError,
  loadLocale,
  type ProgressStore,
  type SavedProgress,
} from '../../src/core/index.js';
import { localDate, progressScope } from '../../src/core/internal.js';
import { FakeClock } from '../fake-clock.js';
import { assertContains, defaultKnowledgeBase, tinyKnowledgeBase, translatedKnowledgeBase } from './fixtures.js';

const TODAY = '2026-11-21';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A store in memory that records what happened to it. */
function memoryStore(initial?: unknown): ProgressStore & { saved: unknown; discarded: string[]; cleared: number } {
  const store = {
    saved: initial,
    discarded: [] as string[],
    cleared: 0,
    load: () => store.saved,
    save: (progress: SavedProgress) => {
      store.saved = JSON.parse(JSON.stringify(progress));
    },
    clear: () => {
      store.saved = undefined;
      store.cleared++;
    },
    discard: (why: string) => {
      store.discarded.push(why);
      store.clear();
    },
  };
  return store;
}

/** The header the controller writes: whose progress it is (the default knowledge base, no shop), at revision 1. */
const HEADER = { scope: progressScope(defaultKnowledgeBase, undefined), revision: 1 };

const ready = (state: ControllerState) => {
  assert.equal(state.status, 'ready', JSON.stringify(state));
  return state as Extract<ControllerState, { status: 'ready' }>;
};

describe('createController', () => {
  it('loads, then starts; tells its listeners what changed and why', async () => {
    let resolve!: (kb: unknown) => void;
    const controller = createController({ knowledgeBase: new Promise((r) => (resolve = r)), device: 'shokz-openrun', today: TODAY });
    const changes: ControllerChange[] = [];
    controller.subscribe((_, change) => changes.push(change));
    assert.equal(controller.state.status, 'loading');
    resolve(defaultKnowledgeBase);
    await controller.ready;
    assert.equal(ready(controller.state).session.current.id, 'safety');
    controller.answer('none');
    controller.back();
    controller.restart();
    assert.deepEqual(changes, ['start', 'answer', 'back', 'restart']);
  });

  it('refuses an answer the prompt does not have, naming the valid ones, and keeps the session', async () => {
    const controller = createController({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun', today: TODAY });
    await controller.ready;
    const before = ready(controller.state).session;
    assert.throws(
      () => controller.answer('nope'),
      (error: Error) => error instanceof RangeError && error.message.includes('danger, wet, none'),
    );
    assert.equal(ready(controller.state).session, before);
  });

  it('ends in an error state, never a throw, for a bad knowledge base or a failed load', async () => {
    const invalid = createController({ knowledgeBase: { schemaVersion: 1 } as never });
    await invalid.ready;
    assert.equal(invalid.state.status, 'error');
    const error = invalid.state as Extract<ControllerState, { status: 'error' }>;
    assert.ok(error.error instanceof KnowledgeBaseError);
    assert.ok(
      (error.problems ?? []).some((p) => p.path === 'causes'),
      JSON.stringify(error.problems),
    );
    const failed = createController({ knowledgeBase: Promise.reject(new Error('HTTP 500')) });
    await failed.ready;
    assert.deepEqual(
      { status: failed.state.status, message: (failed.state as { message: string }).message },
      { status: 'error', message: 'HTTP 500' },
    );
  });

  it('validates a knowledge base from outside, unless `trusted` names it as checked', async () => {
    // Only the validator minds this: a translation into a language with no words in it.
    const unvalidated = () => tinyKnowledgeBase({ translations: { de: {} }, source: 42 as unknown as string });
    const checked = createController({ knowledgeBase: unvalidated(), today: TODAY });
    await checked.ready;
    assert.equal(checked.state.status, 'error');
    const seen: unknown[] = [];
    const knowledgeBase = unvalidated();
    const trusting = createController({ knowledgeBase, today: TODAY, trusted: (kb) => seen.push(kb) > 0 });
    await trusting.ready;
    assert.equal(trusting.state.status, 'ready');
    assert.deepEqual(seen, [knowledgeBase]);
  });

  it('runs the wait timer by its clock', async () => {
    let now = 1_000_000;
    const controller = createController({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun', today: TODAY, now: () => now });
    await controller.ready;
    controller.answer('wet'); // a wet device is dried first: a step with a wait
    assert.equal(ready(controller.state).session.current.id, 'dry-out');
    now += 5_000;
    controller.startTimer();
    assert.deepEqual(ready(controller.state).timer, { promptId: 'dry-out', startedAt: 1_005_000 });
    assert.equal(controller.now(), 1_005_000);
    controller.answer('not-fixed');
    assert.equal(ready(controller.state).timer, undefined, 'a timer belongs to its prompt');
  });

  it('saves every step and resumes from it, timer included', async () => {
    const store = memoryStore();
    const first = createController({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun', today: TODAY, store, now: () => 42 });
    await first.ready;
    first.answer('wet');
    first.startTimer();
    assert.deepEqual((store.saved as SavedProgress).timer, { promptId: 'dry-out', startedAt: 42 });
    assert.equal((store.saved as SavedProgress).savedAt, 42);
    const second = createController({
      knowledgeBase: defaultKnowledgeBase,
      device: 'shokz-openrun',
      today: TODAY,
      store,
      now: () => 42 + MINUTE,
    });
    await second.ready;
    const resumed = ready(second.state);
    assert.equal(resumed.session.current.id, 'dry-out');
    assert.deepEqual({ ...resumed.timer }, { promptId: 'dry-out', startedAt: 42 });
    assert.deepEqual(resumed.resumed, { startedAt: 42, savedAt: 42 }, 'says when the session started and was saved');
    second.restart();
    assert.ok(store.cleared > 0);
    assert.deepEqual((store.saved as SavedProgress).snapshot.history, []);
  });

  it('starts afresh when the page now says something else about the purchase, or the saved data is corrupt', async () => {
    const store = memoryStore();
    const first = createController({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun', today: TODAY, store });
    await first.ready;
    first.answer('none');
    const other = createController({
      knowledgeBase: defaultKnowledgeBase,
      device: 'shokz-openrun',
      today: TODAY,
      purchaseDate: '2026-01-01',
      store,
    });
    await other.ready;
    assert.equal(ready(other.state).session.history.length, 0);
    assert.deepEqual(store.discarded, []);
    const corrupt = memoryStore({
      snapshot: { version: 1, today: TODAY, device: 'shokz-openrun', history: [{ promptId: 'safety', optionId: 'nope' }] },
      savedAt: 0,
      ...HEADER,
    });
    const third = createController({
      knowledgeBase: defaultKnowledgeBase,
      device: 'shokz-openrun',
      today: TODAY,
      store: corrupt,
      now: () => MINUTE,
    });
    await third.ready;
    assert.equal(ready(third.state).session.history.length, 0);
    assert.equal(corrupt.discarded.length, 1);
    assertContains(corrupt.discarded[0]!, 'no longer an answer to "safety"');
  });

  it('forgets progress older than keepDays (14 by default) quietly, and undated progress with a reason', async () => {
    const saved = (savedAt?: number) =>
      memoryStore({
        snapshot: { version: 1, today: TODAY, device: 'shokz-openrun', history: [{ promptId: 'safety', optionId: 'none' }] },
        ...(savedAt === undefined ? {} : { savedAt }),
        ...HEADER,
      });
    const resume = async (store: ReturnType<typeof memoryStore>, now: number, keepDays?: number) => {
      const controller = createController({
        knowledgeBase: defaultKnowledgeBase,
        device: 'shokz-openrun',
        today: TODAY,
        store,
        now: () => now,
        ...(keepDays === undefined ? {} : { keepDays }),
      });
      await controller.ready;
      return ready(controller.state);
    };
    const fresh = saved(0);
    assert.equal((await resume(fresh, 14 * DAY)).session.history.length, 1, 'kept for 14 days');
    const old = saved(0);
    const expired = await resume(old, 14 * DAY + MINUTE);
    assert.equal(expired.session.history.length, 0);
    assert.equal(expired.resumed, undefined);
    assert.deepEqual(old.discarded, [], 'nothing was wrong with it: no warning');
    assert.equal((await resume(saved(0), 3 * DAY, 2)).session.history.length, 0, 'keepDays 2');
    const undated = saved();
    assert.equal((await resume(undated, DAY)).session.history.length, 0);
    assert.deepEqual(undated.discarded, ['it has no date']);
  });

  it('counts the product’s age to its own clock, not to the day saved with the progress', async () => {
    // The clock says 6 December 2026; the product was bought on 6 June. A snapshot whose "today" was
    // edited to 10 June, with a history answered to a refund under that date, must not get one.
    const clock = Date.parse('2026-12-06T12:00:00Z');
    const purchase = { device: 'shokz-openrun', purchaseDate: '2026-06-06' };
    const replies: Record<string, string> = {
      safety: 'none',
      'how-it-started': 'gradually',
      'charging-light-shokz': 'red-light',
      'contacts-look': 'looks-fine',
    };
    let forged = createSession({ knowledgeBase: defaultKnowledgeBase, ...purchase, today: '2026-06-10' });
    while (forged.current.kind !== 'result') {
      forged = forged.answer(forged.current.kind === 'action' ? 'not-fixed' : replies[forged.current.id]!);
    }
    assert.equal(forged.current.id, 'refund', 'the forged history does end in a refund on the forged date');
    const store = memoryStore({ snapshot: forged.snapshot(), savedAt: clock - MINUTE, ...HEADER });
    const controller = createController({ knowledgeBase: defaultKnowledgeBase, ...purchase, store, now: () => clock });
    await controller.ready;
    const { session } = ready(controller.state);
    // The same answers, counted to the real date, end where a six-month-old product's do.
    assert.equal(session.snapshot().today, localDate(clock));
    assert.equal(session.state.ageBand, 'warranty');
    assert.equal(session.current.id, 'warranty-claim');
    assert.equal(session.history.length, forged.history.length);
  });

  it('takes one Clock for today, the timer and saved progress; `now` alone is shorthand for its time, and `clock` wins', async () => {
    const clock = new FakeClock(Date.parse('2026-12-06T12:00:00Z'));
    const store = memoryStore();
    const controller = createController({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun', store, clock });
    await controller.ready;
    assert.equal(ready(controller.state).session.snapshot().today, localDate(clock.now()));
    assert.equal((store.saved as SavedProgress).savedAt, clock.now());
    clock.advance(3 * DAY);
    controller.answer('none');
    assert.equal((store.saved as SavedProgress).savedAt, clock.now(), 'saved at the clock’s time, moved by hand');
    controller.restart();
    assert.equal(ready(controller.state).session.snapshot().today, localDate(clock.now()), 'a new session starts on the clock’s new day');

    const shorthand = createController({ knowledgeBase: defaultKnowledgeBase, now: () => Date.parse('2027-03-01T12:00:00Z') });
    await shorthand.ready;
    assert.equal(ready(shorthand.state).session.snapshot().today, '2027-03-01');
    const both = createController({ knowledgeBase: defaultKnowledgeBase, clock, now: () => 0 });
    assert.equal(both.now(), clock.now());
  });

  it('resumes on the day of its clock when the progress still fits', async () => {
    const clock = Date.parse('2026-12-06T12:00:00Z');
    const snapshot = { version: 1, today: '2026-11-30', device: 'shokz-openrun', history: [{ promptId: 'safety', optionId: 'none' }] };
    const store = memoryStore({ snapshot, savedAt: clock - 6 * DAY, ...HEADER });
    const controller = createController({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun', store, now: () => clock });
    await controller.ready;
    const { session } = ready(controller.state);
    assert.equal(session.history.length, 1);
    assert.equal(session.snapshot().today, localDate(clock));
  });

  it('resumes with the shop’s settings the page gives now', async () => {
    // Saved for the same shop (its name, email, pages and order make the scope); its phone is new.
    const store = memoryStore({
      snapshot: { version: 1, today: TODAY, device: 'shokz-openrun', history: [{ promptId: 'safety', optionId: 'none' }] },
      savedAt: 0,
      scope: progressScope(defaultKnowledgeBase, { email: 'help@shop.example' }),
      revision: 1,
    });
    const controller = createController({
      knowledgeBase: defaultKnowledgeBase,
      device: 'shokz-openrun',
      today: TODAY,
      store,
      now: () => MINUTE,
      shop: { email: 'help@shop.example', phone: '+44 20 7946 0000' },
    });
    await controller.ready;
    assert.equal(ready(controller.state).session.history.length, 1, 'resumed');
    for (let i = 0; i < 30 && ready(controller.state).session.current.kind !== 'result'; i++) {
      const { current } = ready(controller.state).session;
      controller.answer(current.kind === 'action' ? 'not-fixed' : current.options.at(-1)!.id);
    }
    const shown = ready(controller.state).session.current;
    assert.equal(shown.kind, 'result');
    assert.deepEqual(
      shown.kind === 'result' && shown.contacts.filter((contact) => contact.from === 'shop').map((contact) => contact.href),
      ['mailto:help@shop.example', 'tel:+442079460000'],
    );
  });

  it('remembers when the session started, not only when it was last saved', async () => {
    let clock = 0;
    const store = memoryStore();
    const first = createController({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun', today: TODAY, store, now: () => clock });
    await first.ready;
    clock = 2 * 60 * MINUTE;
    first.answer('none');
    clock += 5 * MINUTE;
    const second = createController({
      knowledgeBase: defaultKnowledgeBase,
      device: 'shokz-openrun',
      today: TODAY,
      store,
      now: () => clock,
    });
    await second.ready;
    assert.deepEqual(ready(second.state).resumed, { startedAt: 0, savedAt: 2 * 60 * MINUTE });
    second.restart();
    assert.equal((store.saved as SavedProgress).startedAt, clock, 'starting over starts the clock again');
  });

  it('marks a resumed session only when it has answers to come back to', async () => {
    const empty = memoryStore({ snapshot: { version: 1, today: TODAY, device: 'shokz-openrun', history: [] }, savedAt: 0, ...HEADER });
    const controller = createController({
      knowledgeBase: defaultKnowledgeBase,
      device: 'shokz-openrun',
      today: TODAY,
      store: empty,
      now: () => MINUTE,
    });
    await controller.ready;
    assert.equal(ready(controller.state).resumed, undefined);
    controller.answer('none');
    assert.equal(ready(controller.state).resumed, undefined);
    assert.equal((empty.saved as SavedProgress).savedAt, MINUTE, 'saved by the controller’s clock');
  });

  it('switches language without replaying: the same session state, other words; the latest request wins', async () => {
    const controller = createController({ knowledgeBase: translatedKnowledgeBase, device: 'shokz-openrun', today: TODAY });
    await controller.ready;
    controller.answer('none');
    const english = ready(controller.state).session;
    const [de, fr] = await Promise.all([loadLocale('de'), loadLocale('fr')]);
    let releaseGerman!: () => void;
    const slowGerman = new Promise<typeof de>((resolve) => (releaseGerman = () => resolve(de)));
    const german = controller.setLocale(slowGerman);
    await controller.setLocale(fr);
    releaseGerman();
    await german;
    const french = ready(controller.state).session;
    assert.equal(french.locale, 'fr');
    assert.equal(french.state, english.state);
    assert.notEqual(french.current.title, english.current.title);
  });

  it('works on any knowledge base it is given, with no device chosen yet', async () => {
    const controller = createController({ knowledgeBase: tinyKnowledgeBase(), today: TODAY });
    await controller.ready;
    assert.deepEqual(
      ready(controller.state).session.current.options.map((o) => o.id),
      ['gadget'],
    );
  });
});
