import type { Model } from '../core/internal.js';

/** What one learnable probability is, for the report and for writing it back. */
export type ParameterName =
  | { kind: 'prior'; device: string; cause: string }
  | { kind: 'fix'; action: string; cause: string }
  | { kind: 'likelihood'; question: string; option: string; cause: string };

/**
 * The probabilities `learn` estimates, in one flat array: each device's priors, each action's
 * P(fix | cause) and each question's P(answer | cause) for the causes it names. Structural zeros (a
 * cause a device cannot have, a step that cannot fix a cause) and a question's odds for causes it says
 * nothing about stay constants as authored. An answer that ends the session at once (the safety
 * question's "danger", a recall) is `fixed` at its authored odds: nothing after it tells the causes
 * apart, so the records cannot identify how it splits among them (learned, "danger" drifted 0.01 →
 * 0.087 at 10M sessions). The gates' other answers ("wet") are learned: the session goes on after them.
 * Parameters in one `group` share a denominator: a device's priors, one cause's odds over a question's
 * options, one action's tries with one cause.
 */
export interface ParameterTable {
  names: ParameterName[];
  authored: Float64Array;
  group: Int32Array;
  groups: number;
  /** 1 for a parameter held at its authored value (the others of its group share what it leaves). */
  fixed: Uint8Array;
  /** Per group: the probability its learned members share (1 less what its fixed members hold). */
  scale: Float64Array;
  causeCount: number;
  /** Per device, per cause: the prior's index, or −1 for a cause the device cannot have. */
  prior: Map<string, Int32Array>;
  /** Per action, per cause: P(fix)'s index, or −1 when the step cannot fix that cause. */
  fix: Map<string, Int32Array>;
  /** Per question, per option, per cause: the likelihood's index, or −1 when it is a constant. */
  likelihood: Map<string, Int32Array[]>;
}

export function parameterTable(model: Model): ParameterTable {
  const names: ParameterName[] = [];
  const authored: number[] = [];
  const group: number[] = [];
  let groups = 0;
  const causeCount = model.causes.length;
  const add = (name: ParameterName, value: number, inGroup: number) => {
    names.push(name);
    authored.push(value);
    group.push(inGroup);
    return names.length - 1;
  };
  const unset = () => new Int32Array(causeCount).fill(-1);

  const prior = new Map<string, Int32Array>();
  for (const [id, device] of model.devices) {
    const index = unset();
    const g = groups++;
    device.prior.forEach((p, c) => {
      if (p > 0) index[c] = add({ kind: 'prior', device: id, cause: model.causes[c]!.id }, p, g);
    });
    prior.set(id, index);
  }
  const fix = new Map<string, Int32Array>();
  for (const [id, action] of model.actions) {
    const index = unset();
    action.fix.causes.forEach(
      (c, i) => (index[c] = add({ kind: 'fix', action: id, cause: model.causes[c]!.id }, action.fix.values[i]!, groups++)),
    );
    fix.set(id, index);
  }
  const likelihood = new Map<string, Int32Array[]>();
  const endsAtOnce = new Set<number>();
  for (const [id, question] of model.questions) {
    const rows = question.likelihood.map(unset);
    question.mentioned.forEach((c, m) => {
      const g = groups++;
      question.question.options.forEach((option, o) => {
        if (option.outcome !== undefined) endsAtOnce.add(names.length);
        rows[o]![c] = add(
          { kind: 'likelihood', question: id, option: option.id, cause: model.causes[c]!.id },
          question.likelihood[o]![m]!,
          g,
        );
      });
    });
    likelihood.set(id, rows);
  }
  const table = {
    names,
    authored: Float64Array.from(authored),
    group: Int32Array.from(group),
    groups,
    fixed: new Uint8Array(names.length),
    scale: new Float64Array(groups),
    causeCount,
    prior,
    fix,
    likelihood,
  };
  return holding(table, endsAtOnce);
}

/** The table with these parameters held at their authored values too (the others of a group share the rest). */
export function holding(table: ParameterTable, indices: Iterable<number>): ParameterTable {
  const fixed = table.fixed.slice();
  for (const i of indices) fixed[i] = 1;
  const scale = new Float64Array(table.groups).fill(1);
  fixed.forEach((f, i) => {
    if (f === 1) scale[table.group[i]!]! -= table.authored[i]!;
  });
  return { ...table, fixed, scale };
}
