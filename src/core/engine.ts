import { escalationCost, repairPays } from './costs.js';
import type { CalendarDate } from './dates.js';
import {
  afterAnswer,
  afterFailure,
  afterFix,
  type EscalationCosts,
  expectedCost,
  expectedShift,
  fixProbability,
  isWorthTrying,
  planRepair,
  RULED_OUT,
  rankActions,
  valueOfInformation,
} from './inference.js';
import type { CoreMessages } from './locales/messages.js';
import type { Distribution, Model, ModelAction, ModelDevice, ModelQuestion } from './model.js';
import { type AgeBand, ageBandOf, escalationOutcome, type Policy, possibleAgeBands } from './policy.js';
import type { KnowledgeBaseTranslation, LegalRights, Outcome, SessionSnapshot } from './types.js';

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
  /** The consumer law that applies, with the retailer's own guarantee period if given. */
  legal?: LegalRights;
  /** The settings as given, for snapshots. */
  origin: Omit<SessionSnapshot, 'version' | 'history'>;
}

/** Where a result's extra words come from: an answer, or a required step the shopper could not do. */
export type NoteSource = { question: string; option: string } | { skippedAction: string };

/** Where the diagnosis stands: a plain value, replaced (never changed) by each answer. */
export interface EngineState {
  device?: ModelDevice;
  posterior: Distribution;
  /** Ids of the questions and actions answered so far, and of the questions a step answered. */
  done: ReadonlySet<string>;
  skipped: ReadonlySet<string>;
  /** Actions an answer made impossible or pointless. */
  excluded: ReadonlySet<string>;
  /** An action an answer made the next step (dry a wet device before anything else). */
  forced?: ModelAction;
  ageBand?: AgeBand;
  /** Answers whose words go with the result (an accident that a warranty may exclude). */
  notes: readonly NoteSource[];
  /**
   * A product that never worked, inside the return window: the offer is pending, taken ('return'),
   * or declined for one quick step first ('try', then 'tried').
   */
  returnOffer?: 'pending' | 'return' | 'try' | 'tried';
  ending?: Ending;
}

export interface Ending {
  outcome: Outcome;
  posterior: Distribution;
  notes: readonly NoteSource[];
}

export type Step =
  | { kind: 'device' }
  | { kind: 'question'; question: ModelQuestion }
  | { kind: 'action'; action: ModelAction }
  | { kind: 'age'; bands: AgeBand[] }
  | { kind: 'return-offer' }
  | { kind: 'result'; ending: Ending };

export const ACTION_ANSWERS = ['fixed', 'not-fixed', 'skip'] as const;
export const RETURN_OFFER_ANSWERS = ['return-now', 'try-first'] as const;

/** VOI below this is rounding noise, not a reason to ask. */
const MIN_VALUE_OF_INFORMATION = 1e-9;
/**
 * Full value of information is computed for at most this many questions a step, the ones that
 * could move the posterior most: it keeps a step's cost near-linear in a large knowledge base.
 */
const VOI_CANDIDATES = 8;
/** "One quick step first" before a return: hands-on minutes at most, and no waiting. */
const QUICK_STEP_MINUTES = 3;

export function initialState(settings: Settings, device?: ModelDevice): EngineState {
  const empty = new Set<string>();
  const state: EngineState = {
    posterior: new Float64Array(settings.model.causes.length),
    done: empty,
    skipped: empty,
    excluded: empty,
    notes: [],
  };
  if (device === undefined) return state;
  state.device = device;
  state.posterior = device.prior;
  if (settings.purchaseDate !== undefined) state.ageBand = ageBandOf(settings.purchaseDate, settings.today, policyOf(settings, device));
  return state;
}

export function policyOf(settings: Settings, device: ModelDevice): Policy {
  const { returnDays, warrantyMonths, lifespanMonths } = device.device;
  const legal = settings.legal;
  return {
    returnDays: Math.max(settings.returnDays ?? returnDays, legal?.rejectDays ?? 0),
    warrantyMonths,
    // Past the usual lifespan a failing battery is wear, not a fault that was there at delivery.
    legalMonths: Math.min(legal?.guaranteeMonths ?? 0, lifespanMonths),
    presumedMonths: legal?.presumedMonths ?? 0,
    lifespanMonths,
    repairPays: repairPays(settings.model.costs, device.device),
  };
}

/** The next step: a pure function of the settings and the state. */
export function nextStep(settings: Settings, state: EngineState): Step {
  const { device } = state;
  if (device === undefined) return { kind: 'device' };
  if (state.ending !== undefined) return { kind: 'result', ending: state.ending };
  if (state.forced !== undefined && !state.done.has(state.forced.action.id)) return { kind: 'action', action: state.forced };

  const gate = device.gates.find((q) => !state.done.has(q.question.id));
  if (gate !== undefined) return { kind: 'question', question: gate };

  const offer = returnOfferStep(settings, state, device);
  if (offer !== undefined) return offer;

  const actions = openActions(state, device);
  const stopCost = costOfStopping(settings, state, device);
  const costNow = expectedCost(state.posterior, actions, stopCost);
  let bestQuestion: ModelQuestion | undefined;
  let bestValue = MIN_VALUE_OF_INFORMATION;
  for (const question of questionCandidates(
    device.questions.filter((q) => !state.done.has(q.question.id)),
    state.posterior,
  )) {
    const value = valueOfInformation(state.posterior, question, actions, stopCost, costNow);
    if (value > bestValue) {
      bestValue = value;
      bestQuestion = question;
    }
  }
  const ranked = rankActions(state.posterior, actions);
  const best = ranked[0];
  const bestIsWorthTrying = best !== undefined && isWorthTrying(state.posterior, best.action, stopCost);
  if (bestQuestion !== undefined) {
    const askNow = costNow - bestValue;
    // A question that can wait does: the quick likely fix first, the question only if it fails.
    if (bestIsWorthTrying && costOfActingFirst(state.posterior, best.action, bestQuestion, actions, stopCost) < askNow)
      return { kind: 'action', action: best.action };
    return { kind: 'question', question: bestQuestion };
  }
  if (bestIsWorthTrying) return { kind: 'action', action: best!.action };
  // The steps every support desk asks for come before handing it over, unless the answers all but rule them out.
  const firstAsked = ranked.find(({ action, fixProbability }) => action.action.tryBeforeEscalating && fixProbability >= RULED_OUT);
  if (firstAsked !== undefined) return { kind: 'action', action: firstAsked.action };
  return escalate(settings, state, device);
}

/**
 * The expected cost of doing `action` first and asking `question` only if it fails (unless the
 * step answered it meanwhile): myopic value of information alone never considers asking later.
 */
function costOfActingFirst(
  posterior: Distribution,
  action: ModelAction,
  question: ModelQuestion,
  actions: readonly ModelAction[],
  escalation: EscalationCosts,
): number {
  const unfixed = afterFailure(posterior, action);
  const rest = actions.filter((a) => a !== action);
  const withoutAsking = expectedCost(unfixed, rest, escalation);
  const later = action.action.reveals?.includes(question.question.id)
    ? withoutAsking
    : Math.min(withoutAsking, withoutAsking - valueOfInformation(unfixed, question, rest, escalation, withoutAsking));
  return action.cost + (1 - fixProbability(posterior, action)) * later;
}

/** The actions still open: not done, not ruled out by an answer. */
function openActions(state: EngineState, device: ModelDevice): ModelAction[] {
  return device.actions.filter((a) => !state.done.has(a.action.id) && !state.excluded.has(a.action.id));
}

/**
 * A product that never worked, inside the return window: the return at once, or one quick step
 * first. The age is asked right away when it decides whether the window is still open.
 */
function returnOfferStep(settings: Settings, state: EngineState, device: ModelDevice): Step | undefined {
  switch (state.returnOffer) {
    case undefined:
      return undefined;
    case 'pending': {
      if (state.ageBand === 'return') return { kind: 'return-offer' };
      const bands = possibleAgeBands(policyOf(settings, device));
      if (state.ageBand === undefined && bands.includes('return')) return { kind: 'age', bands };
      return undefined; // past the window: troubleshoot as usual
    }
    case 'try': {
      const quick = openActions(state, device)
        .filter((a) => a.action.minutes <= QUICK_STEP_MINUTES && a.action.waitMinutes === undefined)
        .map((action) => ({ action, p: fixProbability(state.posterior, action) }))
        .filter(({ p }) => p > 0)
        .sort((a, b) => b.p - a.p || a.action.order - b.action.order)[0];
      return quick === undefined ? escalate(settings, state, device) : { kind: 'action', action: quick.action };
    }
    case 'return':
    case 'tried':
      return escalate(settings, state, device);
  }
}

/**
 * What handing it over would cost now, for each cause: the escalation this age leads to (with the
 * age not yet known, the mean over the ages it could be), plus the needless return or claim when the
 * fault is one the shopper could have fixed.
 */
function costOfStopping(settings: Settings, state: EngineState, device: ModelDevice): EscalationCosts {
  const { costs, causes } = settings.model;
  const policy = policyOf(settings, device);
  const bands = state.ageBand !== undefined && state.ageBand !== 'unknown' ? [state.ageBand] : possibleAgeBands(policy);
  const handover =
    bands.reduce((sum, band) => sum + escalationCost(costs, device.device, escalationOutcome(band, policy)), 0) / bands.length;
  return Float64Array.from(causes, (cause) => handover + (cause.userFixable ? costs.needlessEscalation : 0));
}

function questionCandidates(questions: ModelQuestion[], posterior: Distribution): ModelQuestion[] {
  if (questions.length <= VOI_CANDIDATES) return questions;
  return questions
    .map((question) => ({ question, shift: expectedShift(posterior, question) }))
    .sort((a, b) => b.shift - a.shift || a.question.order - b.question.order)
    .slice(0, VOI_CANDIDATES)
    .map(({ question }) => question);
}

/** Expected hands-on and waiting minutes of the actions the plan still holds. */
export function plannedMinutes(settings: Settings, state: EngineState): { handsOn: number; waiting: number } {
  const device = state.device;
  if (device === undefined || state.ending !== undefined) return { handsOn: 0, waiting: 0 };
  const plan = planRepair(state.posterior, openActions(state, device), costOfStopping(settings, state, device));
  return { handsOn: plan.actionMinutes, waiting: plan.waitMinutes };
}

/** P(the fault is one no step here can fix). */
function unfixableShare(settings: Settings, posterior: Distribution): number {
  let share = 0;
  settings.model.causes.forEach((cause, c) => {
    if (!cause.userFixable) share += posterior[c]!;
  });
  return share;
}

/** P(one of the steps the shopper could not do would have fixed it). */
function skippedFixShare(state: EngineState, device: ModelDevice): number {
  const stillBroken = Float64Array.from(state.posterior);
  for (const action of device.actions) {
    if (!state.skipped.has(action.action.id)) continue;
    action.fix.causes.forEach((c, i) => (stillBroken[c]! *= 1 - action.fix.values[i]!));
  }
  let fixed = 0;
  state.posterior.forEach((p, c) => (fixed += p - stillBroken[c]!));
  return fixed;
}

/**
 * Self-help is over: the outcome follows from the age, asked only when it changes the answer. A step
 * the shopper could not do changes the verdict only when it is likelier to be the fix than a fault
 * nobody at home can mend: then support, who can help with it, is the honest way on.
 */
function escalate(settings: Settings, state: EngineState, device: ModelDevice): Step {
  const ending = (outcome: Outcome): Step => ({ kind: 'result', ending: endingOf(state, outcome, state.posterior) });
  if (state.returnOffer !== 'return' && skippedFixShare(state, device) > unfixableShare(settings, state.posterior))
    return ending('contact-support');
  const policy = policyOf(settings, device);
  if (state.ageBand !== undefined) return ending(escalationOutcome(state.ageBand, policy));
  const bands = possibleAgeBands(policy);
  const outcomes = new Set(bands.map((band) => escalationOutcome(band, policy)));
  if (outcomes.size === 1) return ending(outcomes.values().next().value!);
  return { kind: 'age', bands };
}

function endingOf(state: EngineState, outcome: Outcome, posterior: Distribution, own: readonly NoteSource[] = []): Ending {
  return { outcome, posterior, notes: [...own, ...state.notes] };
}

/** The state after answering `step` with `optionId` (already checked to be one of its options). */
export function transition(settings: Settings, state: EngineState, step: Step, optionId: string): EngineState {
  switch (step.kind) {
    case 'device':
      return initialState(settings, settings.model.devices.get(optionId)!);
    case 'age':
      return { ...state, ageBand: optionId as AgeBand };
    case 'return-offer':
      return { ...state, returnOffer: optionId === 'return-now' ? 'return' : 'try' };
    case 'question':
      return answerQuestion(state, step.question, optionId);
    case 'action':
      return answerAction(state, step.action, optionId);
    case 'result':
      return state;
  }
}

function answerQuestion(state: EngineState, question: ModelQuestion, optionId: string): EngineState {
  const index = question.question.options.findIndex((option) => option.id === optionId);
  const option = question.question.options[index]!;
  const posterior = afterAnswer(state.posterior, question, index);
  const next: EngineState = { ...state, posterior, done: withIds(state.done, [question.question.id]) };
  if (option.excludes !== undefined) next.excluded = withIds(state.excluded, option.excludes);
  const forced = option.next === undefined ? undefined : state.device!.actions.find((a) => a.action.id === option.next);
  if (forced !== undefined) next.forced = forced;
  if (option.offersReturn && state.returnOffer === undefined) next.returnOffer = 'pending';
  const note: NoteSource = { question: question.question.id, option: option.id };
  if (option.outcome !== undefined)
    next.ending = endingOf(state, option.outcome, posterior, option.note !== undefined || option.links !== undefined ? [note] : []);
  else if (option.note !== undefined || option.links !== undefined) next.notes = [...state.notes, note];
  return next;
}

function answerAction(state: EngineState, action: ModelAction, optionId: string): EngineState {
  const id = action.action.id;
  const done = withIds(state.done, [id]);
  const returnOffer = state.returnOffer === 'try' ? 'tried' : state.returnOffer;
  const next: EngineState = { ...state, done, ...(returnOffer === undefined ? {} : { returnOffer }) };
  if (optionId === 'skip') {
    const required = state.forced === action && action.action.whenSkipped;
    if (required) return { ...next, ending: endingOf(state, required.outcome, state.posterior, [{ skippedAction: id }]) };
    return { ...next, skipped: withIds(state.skipped, [id]) };
  }
  if (optionId === 'fixed') {
    // Credit the causes this action can fix, weighted by how likely each was.
    return { ...next, ending: endingOf(state, 'resolved', afterFix(state.posterior, action)) };
  }
  return { ...next, done: withIds(done, action.action.reveals ?? []), posterior: afterFailure(state.posterior, action) };
}

function withIds(set: ReadonlySet<string>, ids: readonly string[]): ReadonlySet<string> {
  const copy = new Set(set);
  for (const id of ids) copy.add(id);
  return copy;
}
