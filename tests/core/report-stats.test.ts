// The weekly report's numbers, counted by hand on records made for each case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createSession } from '../../src/core/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { RecordError } from '../../src/learn/index.js';
import { ReportStats, type ReportStatsSummary } from '../../src/report/index.js';

const kb = defaultKnowledgeBase;
const START = 'safety:none how-it-started:never-worked';
const CABLE_FIXED = `${START} try-another-cable:fixed`;
const TO_CLAIM =
  'safety:none how-it-started:never-worked try-another-cable:not-fixed try-another-power-source:not-fixed charge-untouched:not-fixed restart-reset:not-fixed clean-contacts:not-fixed update-offered:cannot-check charge-longer:not-fixed';

let next = 0;
/** A record of shokz-openrun bought 8 months ago; `id` new unless given. */
function record(path: string, outcome: string, extra: Record<string, unknown> = {}) {
  return { record: 1, id: `s${next++}`, device: 'shokz-openrun', ageMonths: 8, path, outcome, ...extra };
}

function summary(lines: unknown[], labels: unknown[] = []): ReportStatsSummary {
  const stats = new ReportStats(kb);
  labels.forEach((label) => stats.addLabel(label));
  // Lines with a count are the warehouse's rows; the rest records from the beacon.
  lines.forEach((line, i) =>
    typeof line === 'object' && line !== null && 'count' in line
      ? stats.addRow(line, `rows.jsonl:${i + 1}`)
      : stats.add(line, `records.jsonl:${i + 1}`),
  );
  return stats.summary();
}

describe('report stats', () => {
  it('counts outcomes into groups: fixed, handed on, safety, abandoned apart', () => {
    const s = summary([
      record(CABLE_FIXED, 'resolved', { fixedBy: 'try-another-cable' }),
      record(CABLE_FIXED, 'resolved'),
      record(TO_CLAIM, 'warranty-claim'),
      record('safety:danger', 'safety-stop'),
      record(START, 'abandoned'),
    ]);
    assert.equal(s.sessions, 5);
    assert.deepEqual(s.groups, { fixed: 2, part: 0, escalated: 1, safety: 1, abandoned: 1, unknown: 0 });
    assert.deepEqual(s.endings, { resolved: 2, 'warranty-claim': 1, 'safety-stop': 1, abandoned: 1 });
  });

  it('counts an id once; a finished record replaces an abandoned one of the same session, in either order', () => {
    const s = summary([
      record(START, 'abandoned', { id: 'a' }),
      record(CABLE_FIXED, 'resolved', { id: 'a' }),
      record(CABLE_FIXED, 'resolved', { id: 'b' }),
      record(START, 'abandoned', { id: 'b' }),
      record(CABLE_FIXED, 'resolved', { id: 'b' }),
      record('safety:none', 'abandoned', { id: 'c' }),
      record(START, 'abandoned', { id: 'c' }),
    ]);
    assert.equal(s.sessions, 3);
    assert.deepEqual([s.groups.fixed, s.groups.abandoned], [2, 1]);
    assert.equal(s.superseded, 1);
    assert.equal(s.duplicates, 3);
    // The later abandoned record of c (two answers) is the one counted: it left at step 3.
    assert.deepEqual(
      s.funnel.map((f) => f.left),
      [0, 0, 1, 0],
    );
  });

  it('the funnel: each session shown its answered prompts (and the one it left at), ended or left at the last', () => {
    const s = summary([record(START, 'abandoned'), record(CABLE_FIXED, 'resolved'), record('safety:danger', 'safety-stop')]);
    assert.deepEqual(s.funnel, [
      { step: 1, shown: 3, left: 0, ended: 0 },
      { step: 2, shown: 2, left: 0, ended: 1 },
      { step: 3, shown: 2, left: 1, ended: 0 },
      { step: 4, shown: 0, left: 0, ended: 1 },
    ]);
  });

  it('replays an abandoned path to find the prompt on the screen; one that cannot be replayed is said so', () => {
    let session = createSession({ knowledgeBase: kb, device: 'shokz-openrun', today: '2026-11-21', purchaseDate: '2026-03-21' });
    session = session.answer('none').answer('never-worked');
    const s = summary([
      record(START, 'abandoned'),
      record(START, 'abandoned'),
      record('safety:none how-it-started:no-such-answer', 'abandoned'),
      record('how-it-started:never-worked', 'abandoned'),
    ]);
    assert.deepEqual(s.leftAt, [
      { prompt: session.current.id, sessions: 2 },
      { prompt: undefined, sessions: 2 },
    ]);
    assert.equal(session.current.id, 'try-another-cable');
  });

  it('the fix rate of each step: tried is fixed or not fixed; could not do it is apart; per device too', () => {
    const s = summary([
      record(CABLE_FIXED, 'resolved'),
      record(`${START} try-another-cable:not-fixed try-another-power-source:fixed`, 'resolved'),
      record(`${START} try-another-cable:skip try-another-power-source:not-fixed`, 'abandoned'),
      { ...record(CABLE_FIXED, 'resolved'), device: 'soundcore-boost' },
    ]);
    const cable = s.steps.find((step) => step.action === 'try-another-cable');
    assert.deepEqual(cable, { action: 'try-another-cable', tried: 3, fixed: 2, skipped: 1 });
    const openrun = s.stepsByDevice.find((d) => d.device === 'shokz-openrun')!.steps;
    assert.deepEqual(
      openrun.find((step) => step.action === 'try-another-cable'),
      { action: 'try-another-cable', tried: 2, fixed: 1, skipped: 1 },
    );
    assert.deepEqual(
      openrun.find((step) => step.action === 'try-another-power-source'),
      { action: 'try-another-power-source', tried: 2, fixed: 1, skipped: 0 },
    );
  });

  it('escalations by the cause a verdict names, no fault found, else by outcome; label by id over the record', () => {
    const s = summary(
      [
        record(TO_CLAIM, 'warranty-claim', { id: 'x1' }),
        record(TO_CLAIM, 'warranty-claim', { id: 'x2' }),
        record(TO_CLAIM, 'warranty-claim', { id: 'x3' }),
        record(TO_CLAIM, 'refund', { id: 'x4' }),
        record('safety:danger', 'safety-stop', { id: 'x5' }),
        { record: 1, device: 'shokz-openrun', path: TO_CLAIM, outcome: 'repair', confirmedCause: 'charging-circuit', count: 4 },
      ],
      [
        { id: 'x1', confirmedCause: 'battery-worn' },
        { id: 'x2', confirmedCause: 'battery-worn' },
        { id: 'x3', noFaultFound: true },
      ],
    );
    assert.deepEqual(s.escalations, [
      { escalation: { kind: 'cause', cause: 'charging-circuit' }, sessions: 4 },
      { escalation: { kind: 'cause', cause: 'battery-worn' }, sessions: 2 },
      { escalation: { kind: 'no-fault' }, sessions: 1 },
      { escalation: { kind: 'outcome', outcome: 'refund' }, sessions: 1 },
      { escalation: { kind: 'outcome', outcome: 'safety-stop' }, sessions: 1 },
    ]);
  });

  it('sets aside a record that claims a count or a verdict, as learn does, and counts it', () => {
    const stats = new ReportStats(kb);
    stats.add({ ...record(CABLE_FIXED, 'resolved'), count: 1_000_000 }, 'beacon.jsonl:1');
    stats.add(record(CABLE_FIXED, 'resolved', { confirmedCause: 'cable' }), 'beacon.jsonl:2');
    stats.add(record(CABLE_FIXED, 'resolved'), 'beacon.jsonl:3');
    const s = stats.summary();
    assert.deepEqual([s.lines, s.sessions, s.claimingRows], [3, 1, 2]);
  });

  it('rows count `count` times; a row without an outcome is "not given"', () => {
    const s = summary([
      { record: 1, device: 'shokz-openrun', path: CABLE_FIXED, outcome: 'resolved', count: 40 },
      { record: 1, device: 'shokz-openrun', path: START, count: 7 },
    ]);
    assert.equal(s.sessions, 47);
    assert.deepEqual([s.groups.fixed, s.groups.unknown], [40, 7]);
    assert.equal(s.prompts.find((p) => p.prompt === 'safety')!.sessions, 47);
  });

  it('ids the knowledge base does not have are counted together as null, whatever they are', () => {
    const s = summary([
      { ...record('<script>:x', 'resolved'), device: '<b>robot</b>' },
      { ...record('made-up:"&', 'resolved'), device: 'robot-2' },
    ]);
    assert.deepEqual(
      s.devices.map((d) => [d.device, d.sessions]),
      [[null, 2]],
    );
    assert.deepEqual(
      s.prompts.map((p) => [p.prompt, p.sessions]),
      [[null, 2]],
    );
  });

  it('a bad outcome, path or receivedAt is a RecordError naming the line', () => {
    assert.throws(
      () => summary([record(START, 'won')]),
      (error: unknown) =>
        error instanceof RecordError && error.where === 'records.jsonl:1' && /"outcome" must be one of resolved, /.test(error.problem),
    );
    for (const path of ['safety:none  how-it-started:never-worked', 'safety', ':none', 'safety:']) {
      assert.throws(
        () => summary([record(path, 'resolved')]),
        (error: unknown) => error instanceof RecordError && /^"path" has ".*", which is not promptId:optionId$/.test(error.problem),
        path,
      );
    }
    for (const receivedAt of ['yesterday', '2026-02-30', '2026-13-01T00:00:00Z', 1733500000, '1999-12-31']) {
      assert.throws(
        () => summary([record(START, 'resolved', { receivedAt })]),
        (error: unknown) => error instanceof RecordError && /"receivedAt" must be an ISO 8601 date/.test(error.problem),
        String(receivedAt),
      );
    }
  });

  it('over time: by day up to two months, else by week from Monday; a stray date does not stretch it past a year', () => {
    const dated = (receivedAt: string, outcome = 'resolved') => record(CABLE_FIXED, outcome, { receivedAt });
    const days = summary([
      dated('2026-11-02T23:59:00+01:00'),
      dated('2026-11-04'),
      dated('2026-11-04T08:00:00Z', 'abandoned'),
      record(START, 'resolved'),
    ]);
    assert.equal(days.overTime.unit, 'day');
    assert.deepEqual(
      days.overTime.buckets.map((b) => [b.start, b.counts.fixed, b.counts.abandoned]),
      [
        ['2026-11-02', 1, 0],
        ['2026-11-03', 0, 0],
        ['2026-11-04', 1, 1],
      ],
    );
    assert.equal(days.overTime.undated, 1);
    const weeks = summary([dated('2026-09-01'), dated('2026-11-29'), dated('2026-11-30')]);
    assert.equal(weeks.overTime.unit, 'week');
    assert.equal(weeks.overTime.buckets[0]!.start, '2026-08-31');
    assert.equal(weeks.overTime.buckets.at(-1)!.start, '2026-11-30');
    assert.deepEqual(
      [weeks.overTime.buckets[0]!.counts.fixed, weeks.overTime.buckets.at(-2)!.counts.fixed, weeks.overTime.buckets.at(-1)!.counts.fixed],
      [1, 1, 1],
    );
    const stray = summary([dated('2001-01-01'), dated('2026-11-30')]);
    assert.equal(stray.overTime.buckets.length, 53);
    assert.equal(stray.overTime.before, 1);
  });

  it('a path of 20,000 answers is one funnel row, not 20,000', () => {
    const s = summary([record(Array(20_000).fill('safety:none').join(' '), 'abandoned')]);
    assert.equal(s.funnel.length, 26);
    assert.deepEqual(s.funnel.at(-1), { step: 26, shown: 1, left: 1, ended: 0 });
  });

  it('property: every session counted once, in one group, in the funnel once, however records repeat and supersede', () => {
    const paths = [START, CABLE_FIXED, TO_CLAIM, 'safety:danger', ''];
    const line = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      path: fc.constantFrom(...paths),
      outcome: fc.constantFrom('resolved', 'abandoned', 'warranty-claim', 'safety-stop', 'get-part'),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const s = summary(lines.map((l) => ({ record: 1, device: 'shokz-openrun', ...l })));
        const total = Object.values(s.groups).reduce((a, b) => a + b, 0);
        assert.equal(s.sessions, new Set(lines.map((l) => l.id)).size);
        assert.equal(total, s.sessions);
        assert.equal(s.sessions + s.duplicates + s.superseded, lines.length);
        assert.equal(
          s.funnel.reduce((sum, f) => sum + f.left, 0),
          s.groups.abandoned,
        );
        assert.equal(
          s.funnel.reduce((sum, f) => sum + f.ended, 0),
          s.sessions - s.groups.abandoned,
        );
        assert.equal(
          s.leftAt.reduce((sum, l) => sum + l.sessions, 0),
          s.groups.abandoned,
        );
      }),
      { seed: 25, numRuns: 200 },
    );
  });
});
