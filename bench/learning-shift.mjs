// Issue 25: learning judged where it matters, in a world that differs from the knowledge base the way a
// real shop's does (`structuredShift`: one model's cable faults ×3, a firmware fault on one speaker, a
// step whose fix rate is overstated 5×, two answers shoppers misreport), with the true numbers as the
// ceiling. Beside the clean records: shoppers who give up (lost, as before, or recorded as
// `ct-abandon` sends them), one forged beacon line, and 300 crafted records.
import { fileURLToPath } from 'node:url';
import { compareWithFixedOrder } from '../dist/analysis/compare.js';
import { simulatedRecords } from '../dist/analysis/simulated-records.js';
import { structuredShift } from '../dist/analysis/structured-shift.js';
import { defaultKnowledgeBase } from '../dist/knowledge-base/index.js';
import { learn, OutcomeTally, RecordError } from '../dist/learn/index.js';

export const SHIFT_SETTINGS = {
  today: '2026-11-21',
  /** The records' purchase date (8 months: under warranty) ... */
  recordsBought: '2026-03-21',
  /** ... and the ages the engine is judged at: inside the return window, under warranty, past it. */
  ages: [
    { label: '10 days', purchaseDate: '2026-11-11' },
    { label: '8 months', purchaseDate: '2026-03-21' },
    { label: '2.5 years', purchaseDate: '2024-05-01' },
  ],
  records: 10_000,
  /** Record streams, one learned knowledge base each: the figures are means over them. */
  seeds: [1, 2, 3],
  /** Shoppers per device × cause meeting the engine in the true world. */
  runs: 200,
  /** About 39 % of sessions given up: before a wait of 30 minutes or more, and after a step that did not help. */
  abandonment: { atWait: { minutes: 30, share: 0.33 }, afterFailedStep: 0.115 },
  crafted: 300,
  /** Options for `learn` beyond the records (default: its defaults). */
  learnOptions: {},
};

/** The forged line: a million sessions of "the cable did not fix a cable fault", from one beacon. */
export const FORGED_LINE = {
  record: 1,
  device: 'generic-earbuds',
  count: 1_000_000,
  confirmedCause: 'cable',
  path: 'safety:none try-another-cable:not-fixed',
};

const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** The engine with `kb` in the true world, over the ages: overall and per device. */
function inWorld(kb, world, settings) {
  const byAge = settings.ages.map(({ purchaseDate }) =>
    compareWithFixedOrder(kb, { world, runs: settings.runs, today: settings.today, purchaseDate, seed: 1 }),
  );
  const overall = (key) => mean(byAge.map((c) => c.overall.engine[key]));
  return {
    right: overall('right'),
    fixableEscalated: overall('fixableEscalated'),
    handsOn: overall('handsOn'),
    waiting: overall('waiting'),
    devices: Object.fromEntries(byAge[0].devices.map((d, i) => [d.device, mean(byAge.map((c) => c.devices[i].engine.right))])),
  };
}

/** Learns from lines as `learn` would from a beacon's log: a line it refuses is counted, not fatal. */
function learnFrom(lines, options) {
  const tally = new OutcomeTally(defaultKnowledgeBase);
  let refused = 0;
  for (const line of lines) {
    try {
      tally.add(line);
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      refused++;
    }
  }
  const { knowledgeBase, report } = learn(defaultKnowledgeBase, tally, options);
  return { knowledgeBase, refused, setAside: report.skipped.reduce((sum, s) => sum + s.sessions, 0) };
}

/**
 * 300 records crafted to look real: one path a real shopper took on the target device (another cable
 * did not help, the fault went to the returns desk), sent again with fresh ids.
 */
function crafted(records, count) {
  const model = records.find(
    (r) => r.device === FORGED_LINE.device && / try-another-cable:not-fixed/.test(r.path) && r.outcome !== 'resolved',
  );
  return Array.from({ length: count }, (_, i) => ({ ...model, id: `f${i.toString(16).padStart(15, '0')}` }));
}

/** The greatest change of any device's right share between two measurements, in points. */
const largestDeviceShift = (a, b) => Math.max(...Object.keys(a.devices).map((d) => Math.abs(a.devices[d] - b.devices[d]) * 100));

function oneStream(seed, world, settings) {
  const records = (abandonment) => [
    ...simulatedRecords(defaultKnowledgeBase, {
      count: settings.records,
      world,
      seed,
      today: settings.today,
      purchaseDate: settings.recordsBought,
      ...(abandonment ? { abandonment } : {}),
    }),
  ];
  const clean = records(undefined);
  const recorded = records({ ...settings.abandonment, recorded: true });
  const lost = records({ ...settings.abandonment, recorded: false });
  const judge = (lines) => {
    const learned = learnFrom(lines, settings.learnOptions);
    return { ...inWorld(learned.knowledgeBase, world, settings), refused: learned.refused, setAside: learned.setAside };
  };
  return {
    seed,
    abandonedShare: recorded.filter((r) => r.outcome === 'abandoned').length / recorded.length,
    clean: judge(clean),
    abandonedLost: judge(lost),
    abandonedRecorded: judge(recorded),
    forgedLine: judge([...clean, FORGED_LINE]),
    crafted: judge([...clean, ...crafted(clean, settings.crafted)]),
  };
}

/** Means over the record streams of every figure of a variant. */
function meanVariant(streams, variant) {
  const rows = streams.map((s) => s[variant]);
  return {
    right: mean(rows.map((r) => r.right)),
    fixableEscalated: mean(rows.map((r) => r.fixableEscalated)),
    handsOn: mean(rows.map((r) => r.handsOn)),
    waiting: mean(rows.map((r) => r.waiting)),
    refused: mean(rows.map((r) => r.refused)),
    setAside: mean(rows.map((r) => r.setAside)),
  };
}

export function learningShift(settings = SHIFT_SETTINGS) {
  const started = performance.now();
  const world = structuredShift(defaultKnowledgeBase);
  const authored = inWorld(defaultKnowledgeBase, world, settings);
  const truth = inWorld(world, world, settings);
  const streams = settings.seeds.map((seed) => oneStream(seed, world, settings));
  const variants = Object.fromEntries(
    ['clean', 'abandonedLost', 'abandonedRecorded', 'forgedLine', 'crafted'].map((v) => [v, meanVariant(streams, v)]),
  );
  const poisoning = (variant) => Math.max(...streams.map((s) => largestDeviceShift(s[variant], s.clean)));
  const gain = (row) => row.right - authored.right;
  return {
    settings,
    seconds: (performance.now() - started) / 1000,
    authored,
    truth,
    variants,
    abandonedShare: mean(streams.map((s) => s.abandonedShare)),
    gainKept: {
      lost: gain(variants.abandonedLost) / gain(variants.clean),
      recorded: gain(variants.abandonedRecorded) / gain(variants.clean),
    },
    largestDeviceShift: { forgedLine: poisoning('forgedLine'), crafted: poisoning('crafted') },
    streams,
  };
}

const points = (p) => `${(p * 100).toFixed(2)} points`;

/** Issue 25's goals for learning, each judged on the figures of the same run. */
export function shiftGoals(shift) {
  const { authored, truth, variants, gainKept, largestDeviceShift: moved } = shift;
  return [
    {
      goal: `learned from ${shift.settings.records.toLocaleString('en-US')} records, the engine ends right more often in the shifted world than with the authored numbers`,
      met: variants.clean.right > authored.right,
      detail: `+${points(variants.clean.right - authored.right)}; the true numbers +${points(truth.right - authored.right)}`,
    },
    {
      goal: 'and within 0.3 points of the true numbers',
      met: truth.right - variants.clean.right <= 0.003,
      detail: `${points(truth.right - variants.clean.right)} short`,
    },
    {
      goal: 'one forged line moves no device’s right share by more than 0.5 point',
      met: moved.forgedLine <= 0.5,
      detail: `at most ${moved.forgedLine.toFixed(2)} points, in any device and record stream`,
    },
    {
      goal: `with ${Math.round(shift.abandonedShare * 100)} % of shoppers giving up, the gain keeps ≥ 80 % of its value`,
      met: gainKept.recorded >= 0.8,
      detail: `${Math.round(gainKept.recorded * 100)} % with \`ct-abandon\`'s records; ${Math.round(gainKept.lost * 100)} % when they are lost`,
    },
  ];
}

/** What the shifted-world rows measure, for RESULTS.md. */
export function shiftNotes({ settings, seconds, abandonedShare }) {
  return [
    `- Learning, the shifted world (\`bench/learning-shift.mjs\`, ${Math.round(seconds)} s): \`structuredShift\` (src/analysis/structured-shift.ts) makes the truth: soundcore-flare-2's cable faults ×3, soundcore-boost with a firmware fault in 30 % of its sessions, "charge it untouched" fixing a deep discharge 5× less often than written, half the shoppers whose fault began after storage saying "gradually", half of those who see dirt on the contacts saying "damage". ${settings.seeds.length} streams of ${settings.records.toLocaleString('en-US')} records (seeds ${settings.seeds.join(', ')}; bought ${settings.recordsBought}, today ${settings.today}), each learned at the default strength; the engine is judged in the true world with ${settings.runs} shoppers per device × cause at ${settings.ages.map((a) => a.label).join(', ')} (means over the ages and the streams).`,
    `- Giving up: before a step with a wait of ${settings.abandonment.atWait.minutes} minutes or more (${Math.round(settings.abandonment.atWait.share * 100)} %) and after each step that did not help (${(settings.abandonment.afterFailedStep * 100).toFixed(1)} %): ${Math.round(abandonedShare * 100)} % of sessions. "Lost" is the widget before \`ct-abandon\`: those sessions leave no record; "recorded" learns from their partial paths. The same shoppers (seed) in both.`,
    '- Poisoning: the forged line is the issue\'s (`{"record":1,"device":"generic-earbuds","count":1000000,"confirmedCause":"cable","path":"safety:none try-another-cable:not-fixed"}`), fed as a record from a beacon; the crafted records repeat one real generic-earbuds path where another cable did not help and the product was handed over, with fresh ids. "Moves a device" is the largest change of any device\'s right share against the clean records of the same stream.',
  ];
}

// `node bench/learning-shift.mjs`: these rows alone (npm run bench runs them with the rest).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const shift = learningShift();
  const percent = (p) => `${(p * 100).toFixed(2)} %`;
  const rows = Object.entries({ authored: shift.authored, truth: shift.truth, ...shift.variants }).map(([what, row]) => ({
    what,
    right: percent(row.right),
    'fixable escalated': percent(row.fixableEscalated),
    'hands-on': row.handsOn.toFixed(2),
    waiting: row.waiting.toFixed(0),
    refused: row.refused ?? '',
    'set aside': row.setAside ?? '',
  }));
  console.table(rows);
  console.table(shiftGoals(shift));
  console.log(
    `abandoned ${percent(shift.abandonedShare)}; gain kept ${JSON.stringify(shift.gainKept)}; largest device shift ${JSON.stringify(shift.largestDeviceShift)}; ${Math.round(shift.seconds)} s`,
  );
}
