import type { DecisionReport, DeviceDecision, Versus } from '../learn/decisions.js';

// The decision-level part of `learn`'s report: what the engine will do differently, and whether to ship.

const percent = (p: number) => `${(p * 100).toFixed(1)} %`;
const minutes = (m: number) => m.toFixed(1);

/** Authored → learned for each figure, where the learned numbers are true; the right share where the authored ones are too. */
function figures({ inLearnedWorld: l, inAuthoredWorld: a }: Pick<DeviceDecision, 'inLearnedWorld' | 'inAuthoredWorld'>): string {
  const arrow = (pick: (v: Versus['authored']) => number, show: (n: number) => string) =>
    `${show(pick(l.authored))} → ${show(pick(l.learned))}`;
  return [
    `right ${arrow((f) => f.right, percent)} (if the authored numbers are true: ${percent(a.authored.right)} → ${percent(a.learned.right)})`,
    `fixable faults handed over ${arrow((f) => f.fixableEscalated, percent)}`,
    `hands-on ${arrow((f) => f.handsOn, minutes)} min`,
    `waiting ${arrow(
      (f) => f.waiting,
      (n) => n.toFixed(0),
    )} min`,
  ].join('; ');
}

function firstSteps({ firstSteps: { authored, learned } }: DeviceDecision): string {
  const same = authored.join() === learned.join();
  return same ? `the same first steps (${authored.join(', ')})` : `first steps ${authored.join(', ')} → ${learned.join(', ')}`;
}

export function formatDecisions(report: DecisionReport): string[] {
  const changed = report.devices.filter((d) => d.firstSteps.authored.join() !== d.firstSteps.learned.join());
  return [
    `What the engine will do differently, authored → learned (simulated shoppers where the learned numbers are true, ${report.runs} per device and cause, bought ${report.agesInMonths.join(', ')} months ago; first steps for each device's most common shopper, ${changed.length} of ${report.devices.length} devices changed):`,
    ...report.devices.map((d) => `  ${d.device}: ${firstSteps(d)}; ${figures(d)}`),
    `  all devices: ${figures(report.overall)}`,
    report.go ? 'Go: the learned numbers are worth shipping.' : 'No-go: do not ship the learned numbers yet.',
    ...report.reasons.map((reason) => `  ${reason}`),
  ];
}
