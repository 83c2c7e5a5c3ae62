// learn: expectation–maximisation over the hidden cause, with the knowledge base as the prior.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { perturb } from '../../src/analysis/perturb.js';
import { seededRandom } from '../../src/analysis/random.js';
import { simulatedRecords } from '../../src/analysis/simulated-records.js';
import { createSession, type KnowledgeBase, type OutcomeRecord, validateKnowledgeBase } from '../../src/core/index.js';
import { modelOf } from '../../src/core/internal.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { pathWeights, readPath } from '../../src/learn/evidence.js';
import { learn, OutcomeTally, RecordError } from '../../src/learn/index.js';
import { parameterTable } from '../../src/learn/parameters.js';
import { assertClose, question, tinyKnowledgeBase } from './fixtures.js';

const DATES = { today: '2026-11-21', purchaseDate: '2026-03-21' };
const row = (path: string, count: number, extra: Record<string, unknown> = {}) => ({ record: 1, device: 'gadget', path, count, ...extra });

/** Simulated records with the returns desk's verdicts taken out into labels: a record may not carry one. */
function verdictsApart(all: Iterable<OutcomeRecord & { confirmedCause?: string; noFaultFound?: true }>) {
  const records: OutcomeRecord[] = [];
  const labels: Record<string, unknown>[] = [];
  for (const { confirmedCause, noFaultFound, ...record } of all) {
    if (confirmedCause !== undefined) labels.push({ id: record.id, confirmedCause });
    else if (noFaultFound) labels.push({ id: record.id, noFaultFound });
    records.push(record);
  }
  return { records, labels };
}

/** Mean absolute difference of the probabilities two knowledge bases share: priors, and P(fix) the first lists. */
function errors(kb: KnowledgeBase, truth: KnowledgeBase): { priors: number; fixes: number } {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const priors = kb.devices.flatMap((d) => {
    const t = truth.devices.find((x) => x.id === d.id)!;
    return Object.entries(d.priors)
      .filter(([, p]) => p > 0)
      .map(([c, p]) => Math.abs(p - t.priors[c]!));
  });
  const fixes = kb.actions.flatMap((a) => {
    const t = truth.actions.find((x) => x.id === a.id)!;
    return Object.entries(a.fixes)
      .filter(([, p]) => p > 0)
      .map(([c, p]) => Math.abs(p - t.fixes[c]!));
  });
  return { priors: mean(priors), fixes: mean(fixes) };
}

/** The knowledge base with its probabilities blanked: what learning must leave alone. */
function structure(kb: KnowledgeBase): string {
  return JSON.stringify({ ...kb, version: undefined }, (key, value) => (['priors', 'fixes', 'likelihood'].includes(key) ? 'p' : value));
}

describe('learn', () => {
  it('with every cause confirmed, gives (count + strength × authored) / (total + strength), worked by hand', () => {
    const { knowledgeBase, report } = learn(tinyKnowledgeBase(), [], {
      rows: [
        row('fix-x:not-fixed fix-y:not-fixed', 20, { confirmedCause: 'z' }),
        row('fix-x:fixed', 30, { confirmedCause: 'x' }),
        row('fix-x:not-fixed fix-y:fixed', 10, { confirmedCause: 'y' }),
        row('fix-x:not-fixed fix-y:not-fixed', 10, { confirmedCause: 'x' }),
      ],
      // The EM itself, by hand: no bootstrap, every number written as fitted.
      strength: 10,
      replicates: 0,
      holdUnidentified: false,
    });
    // 70 sessions: x 40, y 10, z 20; authored priors .5 .3 .2 worth 10 sessions.
    assert.deepEqual(knowledgeBase.devices[0]!.priors, { x: 45 / 80, y: 13 / 80, z: 22 / 80 });
    // fix-x tried with x 40 times, fixed 30: (30 + 10 × .8) / (40 + 10); fix-y with y once in 10, all fixed: (10 + 5) / 20.
    assert.equal(knowledgeBase.actions[0]!.fixes.x, 0.76);
    assert.equal(knowledgeBase.actions[1]!.fixes.y, 0.75);
    assert.equal(report.sessions.used, 70);
    assert.equal(report.paths, 4);
    assert.equal(report.converged, true);
    const fix = report.changes.find((c) => c.kind === 'fix' && c.action === 'fix-x')!;
    assert.deepEqual({ before: fix.before, after: fix.after, sessions: fix.sessions }, { before: 0.8, after: 0.76, sessions: 40 });
    // The Beta posterior's standard deviation: √(p(1 − p) / (sessions + strength + 1)).
    assertClose(fix.uncertainty, Math.sqrt((0.76 * 0.24) / 51), 1e-4);
  });

  it('splits an unlabelled session among the causes by their posterior (one E-step, by hand)', () => {
    // One session, fix-x failed: P(x | failed) ∝ .5 × .2 = .1, y .3, z .2 → .1/.6, .3/.6, .2/.6.
    const kb = tinyKnowledgeBase();
    const tally = new OutcomeTally(kb);
    tally.addRow(row('fix-x:not-fixed', 1));
    const huge = 1e9; // the authored numbers dominate: the posterior is the authored one's
    const { report } = learn(kb, tally, { strength: huge });
    const sessions = Object.fromEntries(report.changes.filter((c) => c.kind === 'fix').map((c) => [c.action, c.sessions]));
    assert.deepEqual(sessions, { 'fix-x': 0.2, 'fix-y': 0 }); // fix-x tried with x: 1/6 of a session, shown to one decimal
  });

  it('reads "could not do this step" as the answers that rule it out, for a question not asked (by hand)', () => {
    const kb = tinyKnowledgeBase({
      questions: [
        question('can-you', [
          { id: 'yes', label: 'Yes', likelihood: { x: 0.5, y: 0.9, z: 0.5 } },
          { id: 'no', label: 'No', likelihood: { x: 0.5, y: 0.1, z: 0.5 }, excludes: ['fix-y'] },
        ]),
      ],
    });
    const model = modelOf(kb);
    const table = parameterTable(model);
    const weights = (path: string) => {
      const out = new Float64Array(3);
      const total = pathWeights(table.authored, readPath(model, table, model.devices.get('gadget')!, path, undefined), out);
      return Array.from(out, (w) => w / total);
    };
    // P(skip | cause) = 0.05 (reasons no answer names) + 0.95 × P(no | cause): x .525, y .145, z .525; priors .5 .3 .2.
    const [x, y, z] = [0.5 * 0.525, 0.3 * 0.145, 0.2 * 0.525];
    weights('fix-y:skip').forEach((w, c) => assertClose(w, [x, y, z][c]! / (x + y + z), 1e-12));
    // Asked (after: the engine never offers a step an answer ruled out), the answer itself is the evidence: the skip adds nothing more.
    const asked = weights('fix-y:skip can-you:no');
    [0.25, 0.03, 0.1].forEach((p, c) => assertClose(asked[c], p / 0.38, 1e-12));
  });

  it('learns the same from rows grouped by device and path as from the raw records, in any order (property)', () => {
    const paths = [
      'fix-x:fixed',
      'fix-x:not-fixed fix-y:fixed',
      'fix-x:not-fixed fix-y:not-fixed',
      'fix-x:skip fix-y:not-fixed',
      'device:gadget fix-x:fixed',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...paths), { minLength: 1, maxLength: 60 }), fc.nat(), (chosen, seed) => {
        const records = chosen.map((path, i) => ({ record: 1, id: `s${seed}-${i}`, device: 'gadget', path, outcome: 'resolved' }));
        const counts = new Map<string, number>();
        for (const path of chosen) counts.set(path, (counts.get(path) ?? 0) + 1);
        const rows = [...counts].reverse().map(([path, count]) => row(path, count));
        const raw = learn(tinyKnowledgeBase(), records, { strength: 5 });
        const grouped = learn(tinyKnowledgeBase(), [], { rows, strength: 5 });
        assert.deepEqual(grouped.knowledgeBase, raw.knowledgeBase);
        assert.equal(grouped.report.sessions.used, raw.report.sessions.used);
      }),
      { numRuns: 60 },
    );
  });

  it('reads rows as warehouses write them: null for a missing value, 64-bit integers as strings', () => {
    const tally = new OutcomeTally(tinyKnowledgeBase());
    tally.addRow({
      record: '1',
      device: 'gadget',
      path: 'fix-x:fixed',
      count: '12',
      knowledgeBase: null,
      confirmedCause: null,
      noFaultFound: null,
    });
    assert.equal(tally.counts.sessions, 12);
    assert.throws(
      () => tally.addRow({ record: 1, device: 'gadget', path: '', count: '1.5' }),
      /"count" must be a whole number, 1 or more, not the string "1.5"/,
    );
    assert.throws(
      () => tally.addRow({ record: 1, device: 'gadget', path: '', count: 1e300 }),
      /"count" must be a whole number, 1 or more, not 1e\+300/,
    );
  });

  it('moves less the stronger the knowledge base is held', () => {
    const rows = [row('fix-x:not-fixed fix-y:not-fixed', 200)];
    const moved = (strength: number) =>
      Math.abs(
        learn(tinyKnowledgeBase(), [], { rows, strength, replicates: 0, holdUnidentified: false }).knowledgeBase.devices[0]!.priors.z! -
          0.2,
      );
    const [weak, middle, strong] = [moved(1), moved(100), moved(100_000)];
    assert.ok(weak > middle && middle > strong && strong < 0.001, `${weak} > ${middle} > ${strong}`);
  });

  it('joins the returns desk’s labels by id: a confirmed cause and "no fault found" move the priors their way', () => {
    const records = Array.from({ length: 50 }, (_, i) => ({
      record: 1,
      id: `r${i}`,
      device: 'gadget',
      path: 'fix-x:not-fixed fix-y:not-fixed',
    }));
    const asFitted = { strength: 10, replicates: 0, holdUnidentified: false };
    const plain = learn(tinyKnowledgeBase(), records, asFitted).knowledgeBase.devices[0]!.priors;
    const confirmed = learn(tinyKnowledgeBase(), records, {
      ...asFitted,
      labels: records.slice(0, 25).map(({ id }) => ({ id, confirmedCause: 'z' })),
    });
    assert.ok(confirmed.knowledgeBase.devices[0]!.priors.z! > plain.z!);
    assert.deepEqual([confirmed.report.read.labels, confirmed.report.read.labelsMatched], [25, 25]);
    const noFault = learn(tinyKnowledgeBase(), records, {
      ...asFitted,
      labels: [...records.map(({ id }) => ({ id, noFaultFound: true })), { id: 'elsewhere', noFaultFound: true }],
    });
    // No fault found: the cause was one a shopper can fix, never the worn-out z.
    assert.ok(noFault.knowledgeBase.devices[0]!.priors.z! < plain.z!);
    assert.deepEqual([noFault.report.read.labels, noFault.report.read.labelsMatched], [51, 50]);
  });

  it('learns the truth: in a world off by ±50 %, the error of priors and P(fix) falls with more sessions, and held-out sessions are predicted better', () => {
    const truth = perturb(defaultKnowledgeBase, seededRandom(3), 0.5);
    const authored = errors(defaultKnowledgeBase, truth);
    const after = (count: number) => {
      // The EM as fitted (the guard that keeps unidentified numbers as authored is tested in learn-uncertainty).
      const { knowledgeBase, report } = learn(
        defaultKnowledgeBase,
        simulatedRecords(defaultKnowledgeBase, { count, world: truth, seed: 5, ...DATES }),
        { replicates: 0, holdUnidentified: false },
      );
      return { ...errors(knowledgeBase, truth), report };
    };
    const small = after(2_000);
    const large = after(20_000);
    assert.ok(
      large.priors < small.priors && small.priors < authored.priors,
      `priors ${authored.priors} → ${small.priors} → ${large.priors}`,
    );
    assert.ok(large.fixes < small.fixes && small.fixes < authored.fixes, `P(fix) ${authored.fixes} → ${small.fixes} → ${large.fixes}`);
    const held = large.report.heldOutLogLikelihood!;
    assert.ok(held.after > held.before, `held-out ${held.before} → ${held.after}`);
    assert.ok(Math.abs(large.report.sessions.heldOut / 20_000 - 0.1) < 0.01, 'one session in ten held out');
  });

  it('changes only probabilities: safety stops, forced steps and every outcome stay as authored, and the safety check stays first', () => {
    const truth = perturb(defaultKnowledgeBase, seededRandom(9), 0.5);
    const { records, labels } = verdictsApart(
      simulatedRecords(defaultKnowledgeBase, { count: 5_000, world: truth, seed: 2, inspected: 1, ...DATES }),
    );
    const { knowledgeBase } = learn(defaultKnowledgeBase, records, { labels, strength: 1 });
    validateKnowledgeBase(knowledgeBase);
    assert.equal(structure(knowledgeBase), structure(defaultKnowledgeBase));
    assert.notEqual(JSON.stringify(knowledgeBase.devices), JSON.stringify(defaultKnowledgeBase.devices));
    // The gates keep every outcome and forced step; an answer that ends the session keeps its odds too.
    const gates = defaultKnowledgeBase.questions.filter((q) => q.options.some((o) => o.outcome !== undefined));
    assert.ok(gates.length > 0);
    for (const gate of gates) {
      const learned = knowledgeBase.questions.find((q) => q.id === gate.id)!;
      const rules = (q: typeof gate) => q.options.map(({ id, outcome, next, excludes, steps }) => ({ id, outcome, next, excludes, steps }));
      assert.deepEqual(rules(learned), rules(gate));
      gate.options
        .filter((o) => o.outcome !== undefined)
        .forEach((o) => {
          const odds = learned.options.find((l) => l.id === o.id)!.likelihood;
          for (const [cause, p] of Object.entries(o.likelihood)) assert.equal(odds[cause], p, `${gate.id}=${o.id} | ${cause}`);
        });
    }
    for (const device of defaultKnowledgeBase.devices) {
      const first = (kb: KnowledgeBase) => createSession({ knowledgeBase: kb, device: device.id, ...DATES }).current.id;
      assert.equal(first(knowledgeBase), first(defaultKnowledgeBase));
      assert.equal(first(knowledgeBase), 'safety');
    }
    assert.equal(knowledgeBase.version, `${defaultKnowledgeBase.version}+learned.5000`);
  });
});

describe('learn: bad input', () => {
  const kb = tinyKnowledgeBase({ id: 'tiny', version: '1' });
  const fails = (value: unknown, message: RegExp, as: 'add' | 'addRow' = 'add') =>
    assert.throws(
      () => new OutcomeTally(kb)[as](value, 'log.jsonl:7'),
      (e) => e instanceof RecordError && message.test(e.message),
    );

  it('says which line and what is wrong with a record it cannot read', () => {
    fails('text', /^log.jsonl:7: a record must be a JSON object, not the string "text"/);
    fails(
      { record: 2, id: 'a', device: 'gadget', path: '' },
      /log.jsonl:7: "record" must be 1 \(the record format this version reads\), not 2/,
    );
    fails({ record: 1, device: 'gadget', path: '' }, /"id" must be a non-empty string, not undefined/);
    fails({ record: 1, count: 0, device: 'gadget', path: '' }, /"count" must be a whole number, 1 or more, not 0/, 'addRow');
    fails({ record: 1, device: 'gadget', path: '' }, /"count" must be a whole number, 1 or more, not undefined/, 'addRow');
    fails({ record: 1, id: 'a', count: 2, device: 'gadget', path: '' }, /a row has no "id"/, 'addRow');
    fails(
      { record: 1, id: 'a', device: 'gadget', path: ['safety:none'] },
      /"path" must be a string of promptId:optionId pairs, not an array/,
    );
    fails({ record: 1, id: 'a', device: 'gadget', path: 'fix-x' }, /"path" has "fix-x", which is not promptId:optionId/);
    fails(
      { record: 1, count: 1, device: 'gadget', path: '', confirmedCause: 'w' },
      /"confirmedCause" is "w", not a cause of the knowledge base \(x, y, z\)/,
      'addRow',
    );
    fails({ record: 1, count: 1, device: 'gadget', path: '', confirmedCause: 'x', noFaultFound: true }, /not both/, 'addRow');
    assert.throws(
      () => new OutcomeTally(kb).addLabel({ id: 'a' }, 'labels:2'),
      /labels:2: a label needs "confirmedCause" \(a cause id\) or "noFaultFound": true/,
    );
  });

  it('sets aside, counted by reason with where, records this knowledge base cannot read; none at all is a RangeError', () => {
    const tally = new OutcomeTally(kb);
    tally.add({ record: 1, id: 'a', device: 'gadget', path: 'fix-x:fixed' }, 'l:1');
    tally.addRow({ record: 1, count: 4, device: 'gadget', path: 'old-step:fixed' }, 'l:2');
    tally.add({ record: 1, id: 'b', device: 'gadget', path: 'old-step:fixed' }, 'l:3');
    tally.add({ record: 1, id: 'c', device: 'robot', path: '' }, 'l:4');
    tally.add({ record: 1, id: 'd', knowledgeBase: 'other', device: 'gadget', path: '' }, 'l:5');
    tally.add({ record: 1, id: 'e', device: 'gadget', path: 'fix-x:maybe' }, 'l:6');
    tally.addRow({ record: 1, count: 1, device: 'gadget', path: 'fix-x:fixed', confirmedCause: 'z' }, 'l:7');
    assert.deepEqual(tally.skipped, [
      { reason: 'with a prompt this knowledge base does not have', sessions: 5, lines: 2, examples: ['l:2 "old-step"', 'l:3 "old-step"'] },
      { reason: 'with a device this knowledge base does not have', sessions: 1, lines: 1, examples: ['l:4 "robot"'] },
      { reason: 'of another knowledge base (not "tiny")', sessions: 1, lines: 1, examples: ['l:5 "other"'] },
      { reason: 'with a step answered other than fixed, not-fixed or skip', sessions: 1, lines: 1, examples: ['l:6 "maybe" to "fix-x"'] },
      {
        reason: 'with answers (or a verdict) that every cause the knowledge base allows rules out',
        sessions: 1,
        lines: 1,
        examples: ['l:7'],
      },
    ]);
    assert.equal(learn(kb, tally).report.sessions.used, 1);
    assert.throws(
      () => learn(kb, [{ record: 1, id: 'c', device: 'robot', path: '' }]),
      (e) =>
        e instanceof RangeError &&
        /No session could be learned from \(1 read; set aside: 1 with a device this knowledge base does not have/.test(e.message),
    );
  });

  it('counts 20,000 forged records under one reason each, with the first 5 as examples: the report does not grow with them', () => {
    const tally = new OutcomeTally(kb);
    tally.add({ record: 1, id: 'a', device: 'gadget', path: 'fix-x:fixed' }, 'l:0');
    for (let i = 1; i <= 10_000; i++) {
      tally.add({ record: 1, id: `d${i}`, device: `forged-${i}`, path: '' }, `l:${i}`);
      tally.add({ record: 1, id: `p${i}`, device: 'gadget', path: `forged-${i}:fixed` }, `m:${i}`);
    }
    assert.deepEqual(
      tally.skipped.map(({ reason, sessions, lines, examples }) => [reason, sessions, lines, examples.length]),
      [
        ['with a device this knowledge base does not have', 10_000, 10_000, 5],
        ['with a prompt this knowledge base does not have', 10_000, 10_000, 5],
      ],
    );
    assert.deepEqual(tally.skipped[0]!.examples, [
      'l:1 "forged-1"',
      'l:2 "forged-2"',
      'l:3 "forged-3"',
      'l:4 "forged-4"',
      'l:5 "forged-5"',
    ]);
  });

  it('meets any JSON with a RecordError or a count, never another error (property)', () => {
    const valid = {
      record: 1,
      id: 'a1',
      knowledgeBase: 'tiny',
      device: 'gadget',
      path: 'fix-x:not-fixed fix-y:fixed',
      outcome: 'resolved',
    };
    const field = fc.constantFrom(
      'record',
      'id',
      'count',
      'knowledgeBase',
      'knowledgeBaseVersion',
      'device',
      'path',
      'confirmedCause',
      'noFaultFound',
    );
    const mutated = fc.record({ key: field, value: fc.jsonValue() }).map(({ key, value }) => ({ ...valid, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated), fc.jsonValue(), (record, label) => {
        const tally = new OutcomeTally(kb);
        for (const [add, value] of [
          [(v: unknown) => tally.addLabel(v), label],
          [(v: unknown) => tally.add(v), record],
        ] as const) {
          try {
            add(value);
          } catch (error) {
            assert.ok(error instanceof RecordError, String(error));
          }
        }
        const { lines, sessions } = tally.counts;
        assert.ok(lines <= 1 && Number.isInteger(sessions) && sessions >= 0);
      }),
      { numRuns: 500 },
    );
  });

  it('wants labels before records, and a strength above 0', () => {
    const tally = new OutcomeTally(kb);
    tally.add({ record: 1, id: 'a', device: 'gadget', path: '' });
    assert.throws(() => tally.addLabel({ id: 'a', confirmedCause: 'x' }), /Add labels before records/);
    assert.throws(() => learn(tinyKnowledgeBase(), tally), /The tally was made for another knowledge base object/);
    for (const strength of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(
        () => learn(kb, [], { strength }),
        (e) => e instanceof RangeError && /strength must be a number above 0/.test(e.message),
      );
    }
  });
});
