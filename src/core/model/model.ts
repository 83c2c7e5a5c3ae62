import { checkedCopy, requireChecked } from '../knowledge-base/index.js';
import { deepFreeze, ownCopy } from '../shared/index.js';
import type { Action, Cause, Device, KnowledgeBase, Question } from '../types.js';
import { type ResolvedCosts, resolveCosts } from './costs.js';

/** Causes are indexed once so the engine works on plain number arrays. */
export type Distribution = Float64Array;

/**
 * Knowledge bases are sparse: an action fixes a few causes, a question speaks of a few. Keeping
 * only those entries lets the engine scale with what the knowledge base says, not causes × actions.
 */
export interface SparseVector {
  causes: Int32Array;
  values: Float64Array;
}

export interface ModelAction {
  order: number;
  action: Action;
  /** P(fix | cause) for the causes it can fix; 0 for all others. */
  fix: SparseVector;
  /** What trying it costs: its minutes plus its waiting at the waiting weight. */
  cost: number;
}

export interface ModelQuestion {
  order: number;
  question: Question;
  minutes: number;
  /** The causes some option names; every other cause answers each option alike (1 / options). */
  mentioned: Int32Array;
  /** P(option | cause) by option, aligned with `mentioned`; every cause's column adds up to 1. */
  likelihood: Float64Array[];
  /** A question that can end the session (safety) is asked before anything else. */
  isGate: boolean;
}

export interface ModelDevice {
  device: Device;
  prior: Distribution;
  actions: ModelAction[];
  gates: ModelQuestion[];
  questions: ModelQuestion[];
}

export interface Model {
  knowledgeBase: KnowledgeBase;
  causes: Cause[];
  /** A cause's position in the knowledge base: its index in every distribution. */
  causeIndex: ReadonlyMap<string, number>;
  devices: Map<string, ModelDevice>;
  actions: Map<string, ModelAction>;
  questions: Map<string, ModelQuestion>;
  costs: ResolvedCosts;
}

export const DEFAULT_QUESTION_MINUTES = 0.5;

const models = new WeakMap<KnowledgeBase, Model>();

/**
 * Validates a knowledge base once and indexes it; later calls with the same object are free. The model
 * is built on a frozen copy of what was validated: changing the object afterwards (a `javascript:` link
 * put in later) cannot reach a session.
 */
export function modelOf(knowledgeBase: KnowledgeBase): Model {
  let model = models.get(knowledgeBase);
  if (model === undefined) {
    requireChecked(knowledgeBase);
    // The copy leaves out the "$" fields the validator ignores: they may hold anything at all. Its
    // objects have no prototype, so a field the knowledge base leaves out is never read from the page's.
    const copy = (checkedCopy(knowledgeBase) as KnowledgeBase | undefined) ?? ownCopy(knowledgeBase, (key) => key.startsWith('$'));
    model = buildModel(deepFreeze(copy));
    models.set(knowledgeBase, model);
  }
  return model;
}

/** Indexes a checked, frozen knowledge base (exported for the tests that count its work). */
export function buildModel(kb: KnowledgeBase): Model {
  const causeIndex = new Map(kb.causes.map((cause, i) => [cause.id, i]));
  const vector = (values: Record<string, number>): Distribution => {
    const result = new Float64Array(kb.causes.length);
    for (const [cause, p] of Object.entries(values)) result[causeIndex.get(cause)!] = p;
    return result;
  };

  const costs = resolveCosts(kb);
  const actions = kb.actions.map(
    (action, order): ModelAction => ({
      order,
      action,
      fix: sparse(action.fixes, causeIndex),
      cost: action.minutes + costs.waitingWeight * (action.waitMinutes ?? 0),
    }),
  );
  const questions = kb.questions.map(
    (question, order): ModelQuestion => ({
      order,
      question,
      minutes: question.minutes ?? DEFAULT_QUESTION_MINUTES,
      ...fillLikelihoods(question, causeIndex),
      isGate: question.options.some((option) => option.outcome !== undefined),
    }),
  );
  const devices = new Map<string, ModelDevice>(
    kb.devices.map((device) => [device.id, { device, prior: vector(device.priors), actions: [], gates: [], questions: [] }]),
  );
  // Each action and question joins the devices it names, in the knowledge base's order: one pass over
  // each `devices` list, so a catalogue of thousands of products is indexed in time linear in its lists
  // (asking every device whether every list includes it was quadratic).
  const forEachDevice = (entry: { devices?: readonly string[] }, add: (device: ModelDevice) => void) => {
    if (entry.devices === undefined) for (const device of devices.values()) add(device);
    else for (const id of entry.devices) add(devices.get(id)!);
  };
  for (const action of actions) forEachDevice(action.action, (device) => device.actions.push(action));
  for (const question of questions) {
    forEachDevice(question.question, (device) => (question.isGate ? device.gates : device.questions).push(question));
  }

  return {
    knowledgeBase: kb,
    causes: kb.causes,
    causeIndex,
    devices,
    actions: new Map(actions.map((a) => [a.action.id, a])),
    questions: new Map(questions.map((q) => [q.question.id, q])),
    costs,
  };
}

/** Whether an action, question or variant is for this device: one without `devices` is for all. */
export function appliesTo(entry: { devices?: readonly string[] }, deviceId: string): boolean {
  return entry.devices === undefined || entry.devices.includes(deviceId);
}

/** Each list of variants by device id, built on first use: a prompt finds its variant without scanning every list. */
const variantIndexes = new WeakMap<readonly object[], ReadonlyMap<string, object>>();

/** The first variant written for this device, if any. */
export function variantFor<V extends { devices: readonly string[] }>(variants: readonly V[] | undefined, deviceId: string): V | undefined {
  if (variants === undefined) return undefined;
  let index = variantIndexes.get(variants);
  if (index === undefined) {
    const byDevice = new Map<string, V>();
    for (const variant of variants) for (const id of variant.devices) if (!byDevice.has(id)) byDevice.set(id, variant);
    index = byDevice;
    variantIndexes.set(variants, index);
  }
  return index.get(deviceId) as V | undefined;
}

/** P(the fault is wear and tear): the causes marked `wear`, summed. */
export function wearShare(model: Model, beliefs: readonly number[]): number {
  return model.causes.reduce((share, cause, c) => share + (cause.wear ? beliefs[c]! : 0), 0);
}

/** P(each option | cause `c`): the knowledge base's numbers with its fill rule applied. */
export function answerOdds(question: ModelQuestion, c: number): number[] {
  const m = question.mentioned.indexOf(c);
  return question.likelihood.map((row) => (m === -1 ? 1 / question.likelihood.length : row[m]!));
}

function sparse(values: Record<string, number>, causeIndex: ReadonlyMap<string, number>): SparseVector {
  const entries = Object.entries(values).filter(([, p]) => p > 0);
  return {
    causes: Int32Array.from(entries, ([cause]) => causeIndex.get(cause)!),
    values: Float64Array.from(entries, ([, p]) => p),
  };
}

/** Options that leave a cause out share equally what the options that name it leave over. */
function fillLikelihoods(question: Question, causeIndex: ReadonlyMap<string, number>): Pick<ModelQuestion, 'mentioned' | 'likelihood'> {
  const named = [...new Set(question.options.flatMap((option) => Object.keys(option.likelihood)))];
  const likelihood = question.options.map(() => new Float64Array(named.length));
  named.forEach((cause, m) => {
    let listed = 0;
    const unlisted: number[] = [];
    question.options.forEach((option, i) => {
      const p = Object.hasOwn(option.likelihood, cause) ? option.likelihood[cause] : undefined;
      if (p === undefined) unlisted.push(i);
      else {
        likelihood[i]![m] = p;
        listed += p;
      }
    });
    for (const i of unlisted) likelihood[i]![m] = Math.max(0, 1 - listed) / unlisted.length;
  });
  return { mentioned: Int32Array.from(named, (cause) => causeIndex.get(cause)!), likelihood };
}
