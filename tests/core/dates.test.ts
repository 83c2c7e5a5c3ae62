// Dates in the shopper's own calendar: "today" is the local date of the controller's clock in the time
// zone the code runs in (the shopper's, in a browser), and a return window counts days as a shop does.
// Time zones are switched by setting process.env.TZ at run time (Node honours it at once); the clock is
// a fixed instant handed to the controller, never the real time.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { type Controller, type ControllerState, createController, createSession } from '../../src/core/index.js';
import { ageBandOf, localDate, type Policy, parseDate } from '../../src/core/internal.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';

const ORIGINAL_TZ = process.env.TZ;

function inTimeZone(zone: string): void {
  process.env.TZ = zone;
}

afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** Noon UTC on 6 December 2026: already the 7th in Auckland (UTC+13 in summer). */
const NOON_UTC_6_DECEMBER = Date.parse('2026-12-06T12:00:00Z');

const ready = (state: ControllerState) => {
  assert.equal(state.status, 'ready', JSON.stringify(state));
  return state as Extract<ControllerState, { status: 'ready' }>;
};

/** A Shokz owner whose battery faded: every step "not fixed", to the result. */
const WORN_BATTERY: Record<string, string> = {
  safety: 'none',
  'how-it-started': 'gradually',
  'charging-light-shokz': 'red-light',
  'contacts-look': 'looks-fine',
  'update-offered': 'up-to-date',
};

function walkToTheEnd(controller: Controller): string {
  for (let i = 0; i < 60; i++) {
    const { current } = ready(controller.state).session;
    if (current.kind === 'result') return current.outcome;
    controller.answer(current.kind === 'action' ? 'not-fixed' : WORN_BATTERY[current.id]!);
  }
  throw new Error('no result after 60 answers');
}

describe('localDate', () => {
  it('is the calendar date of an instant in the time zone the code runs in', () => {
    inTimeZone('Pacific/Auckland');
    assert.equal(localDate(NOON_UTC_6_DECEMBER), '2026-12-07');
    inTimeZone('UTC');
    assert.equal(localDate(NOON_UTC_6_DECEMBER), '2026-12-06');
    inTimeZone('America/Los_Angeles');
    assert.equal(localDate(NOON_UTC_6_DECEMBER), '2026-12-06');
    assert.equal(localDate(Date.parse('2026-12-07T07:59:59Z')), '2026-12-06', 'one second before midnight in Los Angeles');
    assert.equal(localDate(Date.parse('2026-12-07T08:00:00Z')), '2026-12-07', 'midnight in Los Angeles');
  });

  it('writes years before 1000 with four digits', () => {
    inTimeZone('UTC');
    assert.equal(localDate(Date.parse('0999-01-02T00:00:00Z')), '0999-01-02');
  });
});

describe('today in the shopper’s time zone', () => {
  /** A controller whose clock says noon UTC on 6 December, for a product bought on the 7th. */
  const boughtOnThe7th = () =>
    createController({
      knowledgeBase: defaultKnowledgeBase,
      device: 'shokz-openrun',
      purchaseDate: '2026-12-07',
      now: () => NOON_UTC_6_DECEMBER,
    });

  it('lets a shopper in Auckland start on the day they bought it, while it is still yesterday in UTC', async () => {
    inTimeZone('Pacific/Auckland');
    const today = localDate(NOON_UTC_6_DECEMBER);
    assert.doesNotThrow(() => createSession({ knowledgeBase: defaultKnowledgeBase, purchaseDate: '2026-12-07', today }));

    const controller = boughtOnThe7th();
    await controller.ready;
    const { session } = ready(controller.state);
    assert.equal(session.current.id, 'safety');
    assert.equal(session.snapshot().today, '2026-12-07', 'the day comes from the controller’s clock');
    assert.equal(session.state.ageBand, 'return');
  });

  it('refuses the same purchase date where the clock’s local date is still the 6th', async () => {
    inTimeZone('UTC');
    const controller = boughtOnThe7th();
    await controller.ready;
    assert.equal(controller.state.status, 'error');
    assert.match((controller.state as { message: string }).message, /purchaseDate 2026-12-07 is after today \(2026-12-06\)/);
  });

  it('gives Los Angeles and Tokyo the same answer for the same local date, on the last day of a 30-day window and the day after', async () => {
    // Bought on 7 November with 30 days to return: the 7th of December is the last day, on each shopper's calendar.
    const outcome = async (zone: string, instant: string) => {
      inTimeZone(zone);
      const controller = createController({
        knowledgeBase: defaultKnowledgeBase,
        device: 'shokz-openrun',
        purchaseDate: '2026-11-07',
        returnDays: 30,
        now: () => Date.parse(instant),
      });
      await controller.ready;
      const today = ready(controller.state).session.snapshot().today;
      return { today, outcome: walkToTheEnd(controller) };
    };
    const lastDay = { today: '2026-12-07', outcome: 'refund' };
    assert.deepEqual(await outcome('America/Los_Angeles', '2026-12-07T20:00:00-08:00'), lastDay);
    assert.deepEqual(await outcome('Asia/Tokyo', '2026-12-07T10:00:00+09:00'), lastDay);
    const dayAfter = { today: '2026-12-08', outcome: 'warranty-claim' };
    assert.deepEqual(await outcome('America/Los_Angeles', '2026-12-08T20:00:00-08:00'), dayAfter);
    assert.deepEqual(await outcome('Asia/Tokyo', '2026-12-08T10:00:00+09:00'), dayAfter);
    // In UTC the Los Angeles evening of the 7th is already the 8th: that shopper used to be told "warranty claim".
    inTimeZone('UTC');
    assert.equal(localDate(Date.parse('2026-12-07T20:00:00-08:00')), '2026-12-08');
  });
});

describe('the return window, counted as a shop counts it', () => {
  const policy: Policy = {
    returnDays: 30,
    warrantyMonths: 24,
    legalMonths: 0,
    presumedMonths: 0,
    lifespanMonths: 36,
    repairPays: false,
  };
  const band = (today: string) => ageBandOf(parseDate('2026-11-07', 'purchaseDate'), parseDate(today, 'today'), policy);

  it('counts the purchase day as day 0 and includes day 30', () => {
    assert.equal(band('2026-11-07'), 'return', 'day 0');
    assert.equal(band('2026-12-07'), 'return', 'day 30: the last day');
    assert.equal(band('2026-12-08'), 'warranty', 'day 31');
  });

  it('is the same in a session with the shop’s own 30 days', () => {
    const session = (today: string) =>
      createSession({
        knowledgeBase: defaultKnowledgeBase,
        device: 'generic-headphones',
        purchaseDate: '2026-11-07',
        returnDays: 30,
        today,
      });
    assert.equal(session('2026-12-07').state.ageBand, 'return');
    assert.equal(session('2026-12-08').state.ageBand, 'warranty');
  });
});
