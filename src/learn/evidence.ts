import { answerOdds, appliesTo, ENGINE_PROMPT_IDS, type Model, type ModelDevice } from '../core/internal.js';
import type { ParameterTable } from './parameters.js';
import { checkPath } from './path-rules.js';
import { Unusable, type Verdict } from './read-records.js';

/**
 * A device and a path through it, read against the parameter table once: for each cause the path
 * leaves possible, the constant factors, the prior's index, the parameters it multiplies by (p) and
 * those it multiplies by 1 − p (a step that did not fix it). With how many sessions came that way.
 */
export interface TalliedPath {
  device: ModelDevice;
  causes: Int32Array;
  constant: Float64Array;
  prior: Int32Array;
  /** Per cause (aligned with `causes`): indices of p factors, then of 1 − p factors. */
  times: Int32Array[];
  timesNot: Int32Array[];
  /** Per cause: each step the shopper could not do, as the questions whose answers rule it out. */
  unable: RuledOut[][][];
  /** Sessions learned from, and sessions kept back to measure the learning. */
  train: number;
  heldOut: number;
}

/**
 * P(an answer that rules a step out | cause) for one question: a constant part (causes the question
 * says nothing about) plus the learned odds of the answers that rule it out.
 */
export interface RuledOut {
  constant: number;
  indices: Int32Array;
}

/**
 * A shopper who could not do a step is taken to have the reason the knowledge base names (`excludes`:
 * no firmware update for a speaker that never turns on) for a question not asked, or, this often, one
 * it does not name (no second cable to hand). Ignoring it would skew the causes: a shopper who cannot
 * update is less likely to have a firmware fault.
 */
const UNABLE_OTHERWISE = 0.05;

/** Prompts the engine makes itself: they tell about the product and the shopper, not the fault. */
const ENGINE_PROMPTS: ReadonlySet<string> = new Set(ENGINE_PROMPT_IDS);

/**
 * Reads a path against the knowledge base. Throws Unusable saying what does not fit (a prompt or an
 * answer it does not have, a path the engine could not have walked, answers every cause rules out), a
 * RecordError when it is not a path at all. A path that stops early (an abandoned session) is what was
 * answered: the steps not reached count neither way.
 */
export function readPath(
  model: Model,
  table: ParameterTable,
  device: ModelDevice,
  path: string,
  verdict: Verdict | undefined,
): TalliedPath {
  const { causeCount } = table;
  const constant = new Float64Array(causeCount).fill(1);
  const times: number[][] = Array.from({ length: causeCount }, () => []);
  const timesNot: number[][] = Array.from({ length: causeCount }, () => []);
  const unable: RuledOut[][][] = Array.from({ length: causeCount }, () => []);
  const pairs = path === '' ? [] : path.split(' ');
  checkPath(model, device, pairs);
  const asked = new Set(pairs.map((pair) => pair.slice(0, pair.indexOf(':'))));
  for (const pair of pairs) {
    const colon = pair.indexOf(':');
    const promptId = pair.slice(0, colon);
    const optionId = pair.slice(colon + 1);
    if (ENGINE_PROMPTS.has(promptId)) continue;
    const question = model.questions.get(promptId);
    if (question !== undefined) {
      const option = question.question.options.findIndex((o) => o.id === optionId);
      const index = table.likelihood.get(promptId)![option]!;
      for (let c = 0; c < causeCount; c++) {
        if (index[c]! >= 0) times[c]!.push(index[c]!);
        else constant[c]! *= answerOdds(question, c)[option]!;
      }
    } else if (optionId === 'skip') {
      ruledOutBy(model, table, device, promptId, asked).forEach((byCause, c) => unable[c]!.push(byCause));
    } else {
      // checkPath let through only the prompts and answers the knowledge base has: this is a step, fixed or not.
      const index = table.fix.get(promptId)!;
      for (let c = 0; c < causeCount; c++) {
        if (index[c]! >= 0) (optionId === 'fixed' ? times : timesNot)[c]!.push(index[c]!);
        else if (optionId === 'fixed') constant[c] = 0; // a step cannot fix what it never fixes
      }
    }
  }
  const prior = table.prior.get(device.device.id)!;
  const allowed = (c: number) =>
    verdict === undefined || ('confirmedCause' in verdict ? model.causes[c]!.id === verdict.confirmedCause : model.causes[c]!.userFixable);
  const causes: number[] = [];
  for (let c = 0; c < causeCount; c++) if (prior[c]! >= 0 && constant[c]! > 0 && allowed(c)) causes.push(c);
  const tallied: TalliedPath = {
    device,
    causes: Int32Array.from(causes),
    constant: Float64Array.from(causes, (c) => constant[c]!),
    prior: Int32Array.from(causes, (c) => prior[c]!),
    times: causes.map((c) => Int32Array.from(times[c]!)),
    timesNot: causes.map((c) => Int32Array.from(timesNot[c]!)),
    unable: causes.map((c) => unable[c]!),
    train: 0,
    heldOut: 0,
  };
  // Structural zeros are never learned away, so a path impossible now stays impossible.
  if (pathWeights(table.authored, tallied, new Float64Array(causeCount)) <= 0) {
    throw new Unusable('with answers (or a verdict) that every cause the knowledge base allows rules out');
  }
  return tallied;
}

/** Per cause, the questions not asked whose answers would rule the step out (none: the skip says nothing). */
function ruledOutBy(model: Model, table: ParameterTable, device: ModelDevice, actionId: string, asked: ReadonlySet<string>): RuledOut[][] {
  const questions = [...model.questions.values()].filter(
    (q) =>
      !asked.has(q.question.id) &&
      appliesTo(q.question, device.device.id) &&
      q.question.options.some((o) => o.excludes?.includes(actionId)),
  );
  if (questions.length === 0) return [];
  return Array.from({ length: table.causeCount }, (_, c) =>
    questions.map((question) => {
      let constant = 0;
      const indices: number[] = [];
      question.question.options.forEach((option, o) => {
        if (!option.excludes?.includes(actionId)) return;
        const index = table.likelihood.get(question.question.id)![o]![c]!;
        if (index >= 0) indices.push(index);
        else constant += answerOdds(question, c)[o]!;
      });
      return { constant, indices: Int32Array.from(indices) };
    }),
  );
}

/**
 * P(cause, everything the path shows) for each of the path's causes, written into `out` (aligned with
 * `causes`); returns their sum, P(path). Steps and answers are independent given the cause: the
 * model the engine reasons with.
 */
export function pathWeights(theta: Float64Array, path: TalliedPath, out: Float64Array): number {
  let total = 0;
  for (let k = 0; k < path.causes.length; k++) {
    let w = path.constant[k]! * theta[path.prior[k]!]!;
    const times = path.times[k]!;
    for (let i = 0; i < times.length; i++) w *= theta[times[i]!]!;
    const timesNot = path.timesNot[k]!;
    for (let i = 0; i < timesNot.length; i++) w *= 1 - theta[timesNot[i]!]!;
    for (const reasons of path.unable[k]!) {
      let none = 1;
      for (const { constant, indices } of reasons) {
        let p = constant;
        for (let i = 0; i < indices.length; i++) p += theta[indices[i]!]!;
        none *= 1 - p;
      }
      w *= UNABLE_OTHERWISE + (1 - UNABLE_OTHERWISE) * (1 - none);
    }
    out[k] = w;
    total += w;
  }
  return total;
}
