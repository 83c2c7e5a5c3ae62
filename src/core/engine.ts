import type { CalendarDate } from './dates.js';
import {
  afterAnswer,
  afterFailure,
  afterFix,
  expectedCost,
  expectedShift,
  fixProbability,
  isWorthTrying,
  planRepair,
  rankActions,
  valueOfInformation,
} from './inference.js';
import type { Distribution, Model, ModelAction, ModelDevice, ModelQuestion } from './model.js';
import { ageBandOf, escalationOutcome, possibleAgeBands, type AgeBand, type Policy } from './policy.js';
import type { CoreMessages } from './locales/messages.js';
import type { KnowledgeBaseTranslation, Link, Outcome, SessionSnapshot } from './types.js';

/** What a session was started with; fixed for its whole life. */
export interface Settings {
  model: Model;
  /** The language of the engine's own words and of number and date formats. */
  locale: string;
  messages: CoreMessages;
  /** The knowledge base's words in that language, where it has them. */
  translation: KnowledgeBaseTranslation | undefined;
  today: CalendarDate;
  purchaseDate?: CalendarDate;
  returnDays?: number;
  /** The settings as given, for snapshots. */
  origin: Omit<SessionSnapshot, 'version' | 'history'>;
}

/** Where the diagnosis stands: a plain value, replaced (never changed) by each answer. */
export interface EngineState {
  device?: ModelDevice;
  posterior: Distribution;
  /** Ids of the questions and actions answered so far. */
  done: ReadonlySet<string>;
  skipped: ReadonlySet<string>;
  /** An action an answer made the next step (dry a wet device before anything else). */
  forced?: ModelAction;
  ageBand?: AgeBand;
  ending?: Ending;
}

export interface Ending {
  outcome: Outcome;
  posterior: Distribution;
  note?: string;
  links?: Link[];
}

export type Step =
  | { kind: 'device' }
  | { kind: 'question'; question: ModelQuestion }
  | { kind: 'action'; action: ModelAction }
  | { kind: 'age'; bands: AgeBand[] }
  | { kind: 'result'; ending: Ending };

export const ACTION_ANSWERS = ['fixed', 'not-fixed', 'skip'] as const;

/** VOI below this is rounding noise, not a reason to ask. */
const MIN_VALUE_OF_INFORMATION = 1e-9;
/**
 * Full value of information is computed for at most this many questions a step, the ones that
 * could move the posterior most: it keeps a step's cost near-linear in a large knowledge base.
 */
const VOI_CANDIDATES = 8;

export function initialState(settings: Settings, device?: ModelDevice): EngineState {
  const empty = new Set<string>();
  if (device === undefined) return { posterior: new Float64Array(settings.model.causes.length), done: empty, skipped: empty };
  const state: EngineState = { device, posterior: device.prior, done: empty, skipped: empty };
  if (settings.purchaseDate !== undefined) state.ageBand = ageBandOf(settings.purchaseDate, settings.today, policyOf(settings, device));
  return state;
}

export function policyOf(settings: Settings, device: ModelDevice): Policy {
  const { returnDays, warrantyMonths, lifespanMonths } = device.device;
  return { returnDays: settings.returnDays ?? returnDays, warrantyMonths, lifespanMonths };
}

/** The next step: a pure function of the settings and the state. */
export function nextStep(settings: Settings, state: EngineState): Step {
  const { device } = state;
  if (device === undefined) return { kind: 'device' };
  if (state.ending !== undefined) return { kind: 'result', ending: state.ending };
  if (state.forced !== undefined && !state.done.has(state.forced.action.id)) return { kind: 'action', action: state.forced };

  const gate = device.gates.find((q) => !state.done.has(q.question.id));
  if (gate !== undefined) return { kind: 'question', question: gate };

  const { escalationMinutes } = settings.model;
  const actions = device.actions.filter((a) => !state.done.has(a.action.id));
  const costNow = expectedCost(state.posterior, actions, escalationMinutes);
  let bestQuestion: ModelQuestion | undefined;
  let bestValue = MIN_VALUE_OF_INFORMATION;
  for (const question of questionCandidates(device.questions.filter((q) => !state.done.has(q.question.id)), state.posterior)) {
    const value = valueOfInformation(state.posterior, question, actions, escalationMinutes, costNow);
    if (value > bestValue) {
      bestValue = value;
      bestQuestion = question;
    }
  }
  if (bestQuestion !== undefined) return { kind: 'question', question: bestQuestion };

  const best = rankActions(state.posterior, actions)[0];
  if (best !== undefined && isWorthTrying(best.fixProbability, best.action.action.minutes, escalationMinutes)) {
    return { kind: 'action', action: best.action };
  }
  return escalate(settings, state, device);
}

function questionCandidates(questions: ModelQuestion[], posterior: Distribution): ModelQuestion[] {
  if (questions.length <= VOI_CANDIDATES) return questions;
  return questions
    .map((question) => ({ question, shift: expectedShift(posterior, question) }))
    .sort((a, b) => b.shift - a.shift || a.question.order - b.question.order)
    .slice(0, VOI_CANDIDATES)
    .map(({ question }) => question);
}

/** Expected hands-on minutes of the actions the plan still holds. */
export function minutesLeft(settings: Settings, state: EngineState): number {
  if (state.device === undefined || state.ending !== undefined) return 0;
  const actions = state.device.actions.filter((a) => !state.done.has(a.action.id));
  return planRepair(state.posterior, actions, settings.model.escalationMinutes).actionMinutes;
}

/** Self-help is exhausted: the outcome follows from the age, asked only when it changes the answer. */
function escalate(settings: Settings, state: EngineState, device: ModelDevice): Step {
  const skippedStepWorthDoing = device.actions.some(
    (a) => state.skipped.has(a.action.id) && isWorthTrying(fixProbability(state.posterior, a), a.action.minutes, settings.model.escalationMinutes),
  );
  const ending = (outcome: Outcome): Step => ({ kind: 'result', ending: { outcome, posterior: state.posterior } });
  if (state.ageBand !== undefined) return ending(escalationOutcome(state.ageBand, skippedStepWorthDoing));
  const bands = possibleAgeBands(policyOf(settings, device));
  const outcomes = new Set(bands.map((band) => escalationOutcome(band, skippedStepWorthDoing)));
  if (outcomes.size === 1) return ending(outcomes.values().next().value!);
  return { kind: 'age', bands };
}

/** The state after answering `step` with `optionId` (already checked to be one of its options). */
export function transition(settings: Settings, state: EngineState, step: Step, optionId: string): EngineState {
  switch (step.kind) {
    case 'device':
      return initialState(settings, settings.model.devices.get(optionId)!);
    case 'age':
      return { ...state, ageBand: optionId as AgeBand };
    case 'question':
      return answerQuestion(settings, state, step.question, optionId);
    case 'action':
      return answerAction(state, step.action, optionId);
    case 'result':
      return state;
  }
}

function answerQuestion(settings: Settings, state: EngineState, question: ModelQuestion, optionId: string): EngineState {
  const index = question.question.options.findIndex((option) => option.id === optionId);
  const option = question.question.options[index]!;
  const posterior = afterAnswer(state.posterior, question, index);
  const next: EngineState = { ...state, posterior, done: withId(state.done, question.question.id) };
  if (option.next !== undefined) next.forced = settings.model.actions.get(option.next)!;
  if (option.outcome !== undefined) {
    const words = settings.translation?.questions?.[question.question.id]?.options?.[option.id];
    next.ending = { outcome: option.outcome, posterior };
    if (option.note !== undefined) next.ending.note = words?.note ?? option.note;
    if (option.links !== undefined) next.ending.links = option.links.map((link, i) => ({ label: words?.links?.[i] ?? link.label, href: link.href }));
  }
  return next;
}

function answerAction(state: EngineState, action: ModelAction, optionId: string): EngineState {
  const id = action.action.id;
  const done = withId(state.done, id);
  if (optionId === 'skip') return { ...state, done, skipped: withId(state.skipped, id) };
  if (optionId === 'fixed') {
    // Credit the causes this action can fix, weighted by how likely each was.
    const credited = afterFix(state.posterior, action);
    return { ...state, done, ending: { outcome: 'resolved', posterior: credited } };
  }
  return { ...state, done, posterior: afterFailure(state.posterior, action) };
}

function withId(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  return new Set(set).add(id);
}
