import type { Action, Cause, Device, KnowledgeBase, Question } from './types.js';
import { validateKnowledgeBase } from './validate.js';

/** Causes are indexed once so the engine works on plain number arrays. */
export type Distribution = Float64Array;

export interface ModelAction {
  order: number;
  action: Action;
  /** P(fix | cause) by cause index. */
  fix: Distribution;
}

export interface ModelQuestion {
  order: number;
  question: Question;
  minutes: number;
  /** P(option | cause) by option, then cause index; every cause's column adds up to 1. */
  likelihood: Distribution[];
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
  devices: Map<string, ModelDevice>;
  actions: Map<string, ModelAction>;
  questions: Map<string, ModelQuestion>;
  escalationMinutes: number;
}

const DEFAULT_QUESTION_MINUTES = 0.5;
const DEFAULT_ESCALATION_MINUTES = 60;

const models = new WeakMap<KnowledgeBase, Model>();

/** Validates a knowledge base once and indexes it; later calls with the same object are free. */
export function modelOf(knowledgeBase: KnowledgeBase): Model {
  let model = models.get(knowledgeBase);
  if (model === undefined) {
    model = buildModel(validateKnowledgeBase(knowledgeBase));
    models.set(knowledgeBase, model);
  }
  return model;
}

function buildModel(kb: KnowledgeBase): Model {
  const causeIndex = new Map(kb.causes.map((cause, i) => [cause.id, i]));
  const vector = (values: Record<string, number>): Distribution => {
    const result = new Float64Array(kb.causes.length);
    for (const [cause, p] of Object.entries(values)) result[causeIndex.get(cause)!] = p;
    return result;
  };

  const actions = kb.actions.map((action, order): ModelAction => ({ order, action, fix: vector(action.fixes) }));
  const questions = kb.questions.map((question, order): ModelQuestion => ({
    order,
    question,
    minutes: question.minutes ?? DEFAULT_QUESTION_MINUTES,
    likelihood: fillLikelihoods(question, kb.causes),
    isGate: question.options.some((option) => option.outcome !== undefined),
  }));
  const appliesTo = (deviceId: string) => (entry: { devices?: string[] }) =>
    entry.devices === undefined || entry.devices.includes(deviceId);

  const devices = new Map<string, ModelDevice>();
  for (const device of kb.devices) {
    const applies = appliesTo(device.id);
    const deviceQuestions = questions.filter((q) => applies(q.question));
    devices.set(device.id, {
      device,
      prior: vector(device.priors),
      actions: actions.filter((a) => applies(a.action)),
      gates: deviceQuestions.filter((q) => q.isGate),
      questions: deviceQuestions.filter((q) => !q.isGate),
    });
  }

  return {
    knowledgeBase: kb,
    causes: kb.causes,
    devices,
    actions: new Map(actions.map((a) => [a.action.id, a])),
    questions: new Map(questions.map((q) => [q.question.id, q])),
    escalationMinutes: kb.escalationMinutes ?? DEFAULT_ESCALATION_MINUTES,
  };
}

/** Options that leave a cause out share equally what the options that name it leave over. */
function fillLikelihoods(question: Question, causes: readonly Cause[]): Distribution[] {
  const rows = question.options.map(() => new Float64Array(causes.length));
  causes.forEach(({ id }, cause) => {
    let listed = 0;
    const unlisted: number[] = [];
    question.options.forEach((option, i) => {
      const p = option.likelihood[id];
      if (p === undefined) unlisted.push(i);
      else {
        rows[i]![cause] = p;
        listed += p;
      }
    });
    const share = Math.max(0, 1 - listed) / unlisted.length;
    for (const i of unlisted) rows[i]![cause] = share;
  });
  return rows;
}
