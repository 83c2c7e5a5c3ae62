import type { KnowledgeBase } from '../core/types.js';
import type { ParameterTable } from './parameters.js';

/** Four decimals: finer than any estimate from sessions can be, and a readable diff. */
const UNITS = 10_000;
const STEP = 1 / UNITS;

/**
 * `p` to four decimals, as written: whole ten-thousandths divided once, so the number is the double
 * nearest that decimal and prints as it (`0.009`, never `0.009000000000000001`).
 */
export function rounded(p: number): number {
  return Math.round(p * UNITS) / UNITS;
}

/**
 * Rounds a distribution to four decimals, keeping every possible entry possible, and makes it add up
 * to 1 again on its largest entry. Counted in whole ten-thousandths, so what is written adds up to
 * exactly 10,000 of them: the drift of rounding each entry (and of lifting a tiny one to 0.0001) goes
 * to the largest, never float noise.
 */
export function roundedDistribution(values: readonly number[]): number[] {
  const units = values.map((p) => (p > 0 ? Math.max(1, Math.round(p * UNITS)) : 0));
  const largest = units.indexOf(Math.max(...units));
  units[largest] = 0;
  units[largest] = UNITS - units.reduce((sum, n) => sum + n, 0);
  return units.map((n) => n / UNITS);
}

/**
 * The knowledge base with the learned numbers in place of the authored ones, and nothing else
 * changed: every question, option, outcome, gate, step and word stays as authored (a copy of the
 * original, authors' notes included). A question's learned causes are written out for every option.
 */
export function withParameters(original: KnowledgeBase, table: ParameterTable, theta: Float64Array, version: string): KnowledgeBase {
  const kb = JSON.parse(JSON.stringify(original)) as KnowledgeBase;
  kb.version = version;
  // Each group is a distribution (a device's priors, one cause's odds over a question's options), except a fix on its own.
  const members = new Map<number, number[]>();
  table.group.forEach((g, i) => {
    const list = members.get(g);
    if (list === undefined) members.set(g, [i]);
    else list.push(i);
  });
  const devices = new Map(kb.devices.map((d) => [d.id, d]));
  const actions = new Map(kb.actions.map((a) => [a.id, a]));
  const questions = new Map(kb.questions.map((q) => [q.id, q]));
  for (const indices of members.values()) {
    const first = table.names[indices[0]!]!;
    const values =
      first.kind === 'fix'
        ? indices.map((i) => Math.min(1, Math.max(STEP, rounded(theta[i]!))))
        : roundedDistribution(indices.map((i) => theta[i]!));
    indices.forEach((index, k) => {
      const name = table.names[index]!;
      if (name.kind === 'prior') devices.get(name.device)!.priors[name.cause] = values[k]!;
      else if (name.kind === 'fix') actions.get(name.action)!.fixes[name.cause] = values[k]!;
      else questions.get(name.question)!.options.find((o) => o.id === name.option)!.likelihood[name.cause] = values[k]!;
    });
  }
  assertOnlyProbabilitiesChanged(original, kb);
  return kb;
}

/**
 * Safety is not learnable: gates, safety stops, forced steps and what answers rule out are structure,
 * and only probabilities may differ. A guard, not a hope: learning that touched anything else would
 * be a bug, and it must not reach a shop.
 */
function assertOnlyProbabilitiesChanged(original: KnowledgeBase, learned: KnowledgeBase): void {
  const shape = (kb: KnowledgeBase) =>
    JSON.stringify({ ...kb, version: undefined }, (key, value) =>
      key === 'priors' || key === 'fixes' || key === 'likelihood' ? 'probabilities' : value,
    );
  if (shape(original) !== shape(learned)) throw new Error('learn changed more than probabilities: this is a bug in charge-troubleshooter');
}
