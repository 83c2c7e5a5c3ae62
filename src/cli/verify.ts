import { describeSituation, type VerifyReport } from '../analysis/verify.js';

/** The verifier's report for a terminal: what was proven, or each violation with the path that breaks it. */
export function formatVerifyReport(file: string, report: VerifyReport): string {
  const count = (n: number) => n.toLocaleString('en');
  const devices = new Set(report.situations.map((s) => s.device)).size;
  const regions = [...new Set(report.situations.map((s) => s.region ?? 'no region'))].join(', ');
  const walked =
    `${count(report.situations.length)} situations (${count(devices)} device${devices === 1 ? '' : 's'}; ${regions}; ` +
    `a date in every age band and the age asked), ${count(report.prompts)} prompts, ${count(report.paths)} paths`;
  const broken = Object.entries(report.violationCounts).filter(([, n]) => n > 0);
  const lines = report.violations.flatMap((v) => [
    `${file}: error: ${v.invariant}: ${v.message}`,
    `  at ${describeSituation(v.situation)}: ${v.path.length === 0 ? '(the first prompt)' : v.path.join(' → ')}`,
  ]);
  const invariants = report.invariants.map(({ id, description }) => `  ${id.padEnd(20)} ${description}`);
  if (broken.length > 0) {
    const listed = report.violations.length;
    const total = broken.reduce((sum, [, n]) => sum + n, 0);
    lines.push(
      `${count(total)} prompt${total === 1 ? '' : 's'} break${total === 1 ? 's' : ''} ${broken.map(([id, n]) => `${id} (${count(n)})`).join(', ')}` +
        `${listed < total ? `; the first ${count(listed)} shown` : ''}. Walked ${walked}.`,
    );
    return lines.join('\n');
  }
  if (!report.exhaustive) return `${file}: not proven: the walk stopped at its limit after ${walked}, with no violation so far.`;
  return [`${file}: proved ${report.invariants.length} invariants on every path: ${walked}.`, ...invariants].join('\n');
}
