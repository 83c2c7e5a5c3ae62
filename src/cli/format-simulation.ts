import type { DiagnosisReport } from '../analysis/compare.js';
import type { simulate } from '../analysis/expectation.js';
import type { Metrics } from '../analysis/metrics.js';

// What `simulate` prints: the exact expectation per device, then the sampled shoppers' figures.

export function formatSimulation(devices: ReturnType<typeof simulate>): string {
  const percent = (p: number) => `${(p * 100).toFixed(1)}%`;
  return devices
    .map(({ device, expectation: e, paths }) => {
      const outcomes = Object.entries(e.outcomes)
        .filter(([, p]) => p > 0.0005)
        .sort(([, a], [, b]) => b - a)
        .map(([outcome, p]) => `${outcome} ${percent(p)}`)
        .join(', ');
      return [
        `${device}`,
        `  expected minutes ${e.minutes.toFixed(1)}, prompts ${e.prompts.toFixed(2)}, ending right ${percent(e.correct)}`,
        `  outcomes: ${outcomes}`,
        ...paths.map((p) => `  ${p.cause} (${percent(p.prior)}): ${p.steps.join(', ')} ⇒ ${p.outcome}`),
      ].join('\n');
    })
    .join('\n\n');
}

export function formatReport({ plain, noise }: DiagnosisReport): string {
  const percent = (p: number | undefined) => (p === undefined ? '–' : `${(p * 100).toFixed(1)}%`);
  const row = (label: string, { engine, fixed, ceiling }: { engine: Metrics; fixed: Metrics; ceiling: number }) =>
    `  ${label.padEnd(24)} right ${percent(engine.right)} vs ${percent(fixed.right)} (ceiling ${percent(ceiling)}), fixable escalated ${percent(engine.fixableEscalated)} vs ${percent(fixed.fixableEscalated)}, ` +
    `hands-on ${engine.handsOn.toFixed(1)} vs ${fixed.handsOn.toFixed(1)} min, waiting ${engine.waiting.toFixed(0)} vs ${fixed.waiting.toFixed(0)} min` +
    (engine.refundsNeverOffered === undefined
      ? ''
      : `, refunds never offered the fix ${percent(engine.refundsNeverOffered)} vs ${percent(fixed.refundsNeverOffered)}`);
  return [
    'Sampled shoppers, the engine vs the fixed order (the ceiling: every step tried until one fixes it):',
    ...plain.devices.map((d) => row(d.device, d)),
    ...(plain.devices.length > 1 ? [row('mean over devices', plain.overall)] : []),
    ...(noise
      ? [
          row(`±${Math.round(noise.spread * 100)} % noise, ${noise.worlds} worlds`, noise.overall),
          `  devices where the engine ends right less often than the fixed order in some world: ${noise.devicesBehind.length === 0 ? 'none' : noise.devicesBehind.join(', ')}`,
        ]
      : []),
  ].join('\n');
}
