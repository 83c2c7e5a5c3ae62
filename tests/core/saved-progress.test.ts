// Saved progress shared by shops, shoppers, tabs and clocks: whose it is (knowledge base, shop, order),
// a safety stop left for nobody, two views of one session, a clock set back, a wall clock that jumps.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ControllerChange,
  type ControllerOptions,
  type ControllerState,
  createController,
  type ProgressStore,
  type SavedProgress,
  type Shop,
} from '../../src/core/index.js';
import { progressScope } from '../../src/core/internal.js';
import { FakeClock } from '../fake-clock.js';
import { defaultKnowledgeBase } from './fixtures.js';

const TODAY = '2026-11-21';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.UTC(2026, 10, 21, 12);

/** One storage place (one localStorage key) for every controller given it. */
function sharedStore(): ProgressStore & { saved: SavedProgress | undefined; discarded: string[] } {
  const store = {
    saved: undefined as SavedProgress | undefined,
    discarded: [] as string[],
    load: () => (store.saved === undefined ? undefined : structuredClone(store.saved)),
    save: (progress: SavedProgress) => {
      store.saved = structuredClone(progress);
    },
    clear: () => {
      store.saved = undefined;
    },
    discard: (why: string) => {
      store.discarded.push(why);
      store.clear();
    },
  };
  return store;
}

const ready = (state: ControllerState) => {
  assert.equal(state.status, 'ready');
  return state as Extract<ControllerState, { status: 'ready' }>;
};

async function open(store: ProgressStore, clock: FakeClock, more: Partial<ControllerOptions> = {}) {
  const controller = createController({
    knowledgeBase: defaultKnowledgeBase,
    device: 'shokz-openrun',
    today: TODAY,
    store,
    clock,
    ...more,
  });
  await controller.ready;
  return controller;
}

const history = (controller: { state: ControllerState }) => ready(controller.state).session.history.map((entry) => entry.optionId);

describe('saved progress', () => {
  it('is resumed only for the same shop and order: another shop or order number starts afresh, silently', async () => {
    const cases: [string, Shop | undefined, Shop | undefined][] = [
      ['another order number (a shared computer)', { name: 'Shop A', orderNumber: 'A-1001' }, { name: 'Shop A', orderNumber: 'A-1002' }],
      ['another shop on the same origin (a marketplace)', { name: 'Shop A' }, { name: 'Shop B' }],
      ['another shop’s returns page', { returnUrl: 'https://a.example/returns' }, { returnUrl: 'https://b.example/returns' }],
      ['an order number where there was none', undefined, { orderNumber: 'A-1001' }],
    ];
    for (const [what, first, second] of cases) {
      const store = sharedStore();
      const clock = new FakeClock(START);
      const a = await open(store, clock, first ? { shop: first } : {});
      a.answer('none');
      clock.advance(MINUTE);
      const b = await open(store, clock, second ? { shop: second } : {});
      assert.deepEqual(history(b), [], what);
      assert.equal(ready(b.state).resumed, undefined, what);
      assert.deepEqual(store.discarded, [], `${what}: nothing wrong with it, no warning`);
      const again = await open(sharedStore(), clock, first ? { shop: first } : {});
      assert.equal(ready(again.state).session.history.length, 0);
    }
    // The same shop and order: resumed.
    const store = sharedStore();
    const clock = new FakeClock(START);
    const shop = { name: 'Shop A', orderNumber: 'A-1001' };
    (await open(store, clock, { shop })).answer('none');
    assert.deepEqual(history(await open(store, clock, { shop })), ['none']);
  });

  it('names the knowledge base and its version in the scope, and never the order number in clear text', () => {
    const scope = progressScope({ id: 'kb', version: '3' }, { orderNumber: 'A-1001', name: 'Shop A' });
    assert.match(scope, /^kb@3#[0-9a-z]+$/);
    assert.notEqual(scope, progressScope({ id: 'kb', version: '4' }, { orderNumber: 'A-1001', name: 'Shop A' }));
    assert.notEqual(scope, progressScope({ id: 'kb', version: '3' }, { orderNumber: 'A-1002', name: 'Shop A' }));
  });

  it('never offers a safety stop to a later session: it starts afresh at the safety question, silently', async () => {
    const store = sharedStore();
    const clock = new FakeClock(START);
    const first = await open(store, clock);
    first.answer('danger');
    assert.equal(ready(first.state).session.current.id, 'safety-stop');
    clock.advance(5 * MINUTE);
    const later = await open(store, clock);
    assert.equal(ready(later.state).session.current.id, 'safety');
    assert.equal(ready(later.state).resumed, undefined);
    assert.deepEqual(store.discarded, []);
    assert.deepEqual(store.saved?.snapshot.history, [], 'the stop is gone from storage');
  });

  it('keeps two views of one session consistent: the one behind follows the newer save, never overwrites it', async () => {
    const store = sharedStore();
    const clock = new FakeClock(START);
    const tabA = await open(store, clock);
    const tabB = await open(store, clock);
    const changesOfB: ControllerChange[] = [];
    tabB.subscribe((_state, change) => changesOfB.push(change));
    tabA.answer('none');
    assert.equal(store.saved?.revision, 2);
    // The storage event: B reads again and follows.
    tabB.sync();
    assert.deepEqual(history(tabB), ['none']);
    assert.deepEqual(changesOfB, ['sync']);
    tabB.sync();
    assert.deepEqual(changesOfB, ['sync'], 'nothing newer: nothing happens');
    // B moves on; A has not heard (no storage event yet) and answers from where it was.
    tabB.answer('suddenly');
    const savedByB = store.saved!;
    const prompt = ready(tabA.state).session.current;
    tabA.answer(prompt.options.at(-1)!.id);
    assert.deepEqual(store.saved, savedByB, 'the older view did not overwrite the newer save');
    assert.deepEqual(history(tabA), ['none', 'suddenly'], 'it shows the newer state instead');
    // Starting over in the view that is behind is newer than anything before it.
    tabB.answer(ready(tabB.state).session.current.options[0]!.id);
    tabA.restart();
    tabB.sync();
    assert.deepEqual(history(tabB), []);
  });

  it('tolerates a clock set back by minutes: progress saved “2 minutes from now” is resumed; 11 minutes is not believed', async () => {
    for (const [back, kept] of [
      [2 * MINUTE, true],
      [9 * MINUTE, true],
      [11 * MINUTE, false],
    ] as const) {
      const store = sharedStore();
      const clock = new FakeClock(START);
      (await open(store, clock)).answer('none');
      clock.jump(-back);
      const resumed = await open(store, clock);
      assert.deepEqual(history(resumed), kept ? ['none'] : [], `${back / MINUTE} minutes back`);
      if (kept) {
        const { startedAt, savedAt } = ready(resumed.state).resumed!;
        assert.ok(savedAt <= clock.now() && startedAt <= savedAt, 'no time shown as in the future');
        assert.deepEqual(store.discarded, []);
      } else {
        assert.deepEqual(store.discarded, ['it was saved in the future']);
      }
    }
  });

  it('counts a wait on the monotonic clock while the page lives: a wall clock put forward 5 hours ends nothing', async () => {
    const clock = new FakeClock(START);
    const controller = await open(sharedStore(), clock);
    controller.answer('wet');
    controller.startTimer();
    const { startedAt } = ready(controller.state).timer!;
    clock.advance(10 * MINUTE);
    clock.jump(5 * HOUR);
    assert.equal(controller.now() - startedAt, 10 * MINUTE);
    clock.jump(-7 * HOUR);
    clock.advance(MINUTE);
    assert.equal(controller.now() - startedAt, 11 * MINUTE, 'nor does one put back stretch it');
  });

  it('discards progress saved by an older version (no header) with a warning', async () => {
    const store = sharedStore();
    store.saved = {
      snapshot: { version: 1, today: TODAY, device: 'shokz-openrun', history: [{ promptId: 'safety', optionId: 'none' }] },
      savedAt: START,
    } as SavedProgress;
    const controller = await open(store, new FakeClock(START + MINUTE));
    assert.deepEqual(history(controller), []);
    assert.equal(store.discarded.length, 1);
    assert.match(store.discarded[0]!, /older version/);
  });
});
