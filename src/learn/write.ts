import type { KnowledgeBase } from '../core/types.js';
import type { ParameterTable } from './parameters.js';

/** Four decimals: finer than any estimate from sessions can be, and a readable diff. */
const STEP = 1e-4;

export function rounded(p: number): number {
  return Math.round(p / STEP) * STEP;
}

/** Rounds a distribution, keeping every possible entry possible, and makes it add up to 1 again on its largest entry. */
function roundedDistribution(values: readonly number[]): number[] {
  const out = values.map((p) => (p > 0 ? Math.max(STEP, rounded(p)) : 0));
  const largest = out.indexOf(Math.max(...out));
  out[largest] = 0;
  out[largest] = 1 - out.reduce((sum, p) => sum + p, 0);
  return out;
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
