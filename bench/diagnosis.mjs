// Diagnosis quality, the product's yardstick: simulated shoppers who answer the way real people do
// (each answer sampled from the knowledge base's likelihoods for their true cause, each step fixing
// with its P(fix)), the same shoppers meeting the engine and the seed guides' fixed order
// (`fixedOrder` of the built-in knowledge base, behind the same safety gates), bought 8 months ago,
// weighted by each device's priors; then again in worlds where every probability is off by ±30 %.
import { diagnosisReport } from '../dist/analysis/compare.js';
import { defaultKnowledgeBase } from '../dist/knowledge-base/index.js';

export const DIAGNOSIS_SETTINGS = { today: '2026-11-21', purchaseDate: '2026-03-21', runs: 1000, noiseWorlds: 5, seed: 1 };

/** The goals of issue 11, each checked against the figures. */
export function diagnosisGoals({ plain, noise }) {
  const { engine, fixed } = plain.overall;
  const behind = plain.devices.filter((d) => d.engine.right < d.fixed.right).map((d) => d.device);
  return [
    { goal: 'ends right ≥ the fixed order + 2 points (mean over devices)', met: engine.right >= fixed.right + 0.02 },
    { goal: 'ends right ≥ the fixed order on every device', met: behind.length === 0, detail: behind.join(', ') },
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
  ];
}

export function diagnosis(settings = DIAGNOSIS_SETTINGS) {
  const report = diagnosisReport(defaultKnowledgeBase, settings);
  return { settings, ...report, goals: diagnosisGoals(report) };
}
