// Diagnosis quality, the product's yardstick: simulated shoppers who answer the way real people do
// (each answer sampled from the knowledge base's likelihoods for their true cause, each step fixing
// with its P(fix)), the same shoppers meeting the engine and the seed guides' fixed order
// (`fixedOrder` of the built-in knowledge base, behind the same safety gates), weighted by each
// device's priors; then again in worlds where every probability is off by ±30 %. The main figures
// are for a product bought 8 months ago; the same comparison runs at 10 days (inside the return
// window), 20 months (past a Soundcore's warranty) and 30 months (past a Shokz's), and once more in a
// world where the engine-only steps fix half as often as the knowledge base says.
import { compareWithFixedOrder, diagnosisReport } from '../dist/analysis/compare.js';
import { defaultKnowledgeBase } from '../dist/knowledge-base/index.js';

export const DIAGNOSIS_SETTINGS = { today: '2026-11-21', purchaseDate: '2026-03-21', runs: 1000, noiseWorlds: 5, seed: 1 };

/** The ages the comparison runs at, each a purchase date before DIAGNOSIS_SETTINGS.today. */
export const AGES = [
  { label: '10 days', purchaseDate: '2026-11-11' },
  { label: '8 months', purchaseDate: '2026-03-21' },
  { label: '20 months', purchaseDate: '2025-03-21' },
  { label: '30 months', purchaseDate: '2024-05-21' },
];

/**
 * The steps the engine has and the seed guides' fixed order lacks (a thorough second clean, drying
 * damp contacts, charging switched off): their fix rates are team estimates, and today's lead rests
 * on them. Steps an answer makes required (drying a wet device) are both strategies' and are not
 * counted.
 */
export function engineOnlySteps(kb = defaultKnowledgeBase) {
  const required = new Set(kb.questions.flatMap((q) => q.options.flatMap((o) => (o.next ? [o.next] : []))));
  return kb.actions.map((a) => a.id).filter((id) => !kb.fixedOrder.includes(id) && !required.has(id));
}

/** A world where `steps` fix each cause `factor` times as often as the knowledge base says. */
export function withFixRates(kb, steps, factor) {
  return {
    ...kb,
    actions: kb.actions.map((a) =>
      steps.includes(a.id) ? { ...a, fixes: Object.fromEntries(Object.entries(a.fixes).map(([c, p]) => [c, p * factor])) } : a,
    ),
  };
}

const behind = (comparison) => comparison.devices.filter((d) => d.engine.right < d.fixed.right).map((d) => d.device);

/** The goals of issues 11 and 21, each checked against the figures. */
export function diagnosisGoals({ plain, noise, ages = [] }) {
  const { engine, fixed } = plain.overall;
  const young = ages.find((a) => a.label === '10 days');
  const allAges = ages.filter((a) => a.plain.overall.engine.right < a.plain.overall.fixed.right);
  return [
    { goal: 'ends right ≥ the fixed order + 2 points (mean over devices)', met: engine.right >= fixed.right + 0.02 },
    { goal: 'ends right ≥ the fixed order on every device', met: behind(plain).length === 0, detail: behind(plain).join(', ') },
    { goal: 'fixable faults escalated ≤ 10 %', met: engine.fixableEscalated <= 0.1 },
    { goal: 'hands-on minutes ≤ 0.85 × the fixed order’s', met: engine.handsOn <= 0.85 * fixed.handsOn },
    { goal: 'waiting minutes ≤ the fixed order’s', met: engine.waiting <= fixed.waiting },
    ...(noise
      ? [
          {
            goal: `still ahead with every probability off by ±${Math.round(noise.spread * 100)} % (ends right)`,
            met: noise.overall.engine.right > noise.overall.fixed.right,
          },
        ]
      : []),
    ...(young
      ? [
          {
            goal: 'at 10 days: ends right ≥ the fixed order on every device',
            met: behind(young.plain).length === 0,
            detail: behind(young.plain).join(', '),
          },
          {
            goal: 'at 10 days: ≤ 20 % of refunds for fixable faults never offered the step that fixes them',
            met: (young.plain.overall.engine.refundsNeverOffered ?? 0) <= 0.2,
          },
        ]
      : []),
    ...(ages.length > 0
      ? [
          {
            goal: 'ends right ≥ the fixed order at every age (mean over devices)',
            met: allAges.length === 0,
            detail: allAges.map((a) => a.label).join(', '),
          },
        ]
      : []),
  ];
}

export function diagnosis(settings = DIAGNOSIS_SETTINGS) {
  const report = diagnosisReport(defaultKnowledgeBase, settings);
  const ages = AGES.map((age) => ({
    ...age,
    ...(age.purchaseDate === settings.purchaseDate
      ? report
      : diagnosisReport(defaultKnowledgeBase, { ...settings, purchaseDate: age.purchaseDate })),
  }));
  const halved = engineOnlySteps();
  const sensitivity = AGES.map((age) => ({
    ...age,
    steps: halved,
    ...compareWithFixedOrder(defaultKnowledgeBase, {
      ...settings,
      purchaseDate: age.purchaseDate,
      world: withFixRates(defaultKnowledgeBase, halved, 0.5),
    }),
  }));
  return { settings, ...report, ages, sensitivity, goals: diagnosisGoals({ ...report, ages }) };
}
