import type { ModelAction, ModelQuestion } from '../model/index.js';
import { afterAnswer, afterFailure, afterFix } from '../model/index.js';
import type { AgeBand } from '../shared/index.js';
import type { NoteSource, SessionState } from '../types.js';
import { ACTION_ANSWERS, beliefsOf, initialState, RETURN_OFFER_ANSWERS, type Settings, type Step } from './state.js';

// How an answer changes the state: the only place the state grows.

/** The ids a step can be answered with (its options' words come from the prompt). */
export function answerIds(settings: Settings, step: Step): readonly string[] {
  switch (step.kind) {
    case 'device':
      return settings.model.knowledgeBase.devices.map((d) => d.id);
    case 'question':
      return step.question.question.options.map((o) => o.id);
    case 'action':
      return ACTION_ANSWERS;
    case 'age':
      return [...step.bands, 'unknown'];
    case 'return-offer':
      return RETURN_OFFER_ANSWERS;
    case 'result':
      return [];
  }
}

/** The state after answering `step` with `optionId` (already checked to be one of its answers). */
export function transition(settings: Settings, state: SessionState, step: Step, optionId: string): SessionState {
  switch (step.kind) {
    case 'device':
      return initialState(settings, optionId);
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

function answerQuestion(state: SessionState, question: ModelQuestion, optionId: string): SessionState {
  const index = question.question.options.findIndex((option) => option.id === optionId);
  const option = question.question.options[index]!;
  const beliefs = Array.from(afterAnswer(beliefsOf(state), question, index));
  const next: SessionState = { ...state, beliefs, done: [...state.done, question.question.id] };
  if (option.excludes !== undefined) next.excluded = [...state.excluded, ...option.excludes];
  if (option.next !== undefined) next.forced = option.next;
  if (option.offersReturn && state.returnOffer === undefined) next.returnOffer = 'pending';
  const note: NoteSource = { question: question.question.id, option: option.id };
  const hasWords = option.note !== undefined || option.links !== undefined || option.steps !== undefined;
  if (option.outcome !== undefined)
    next.ending = {
      outcome: option.outcome,
      beliefs,
      notes: [...(hasWords ? [note] : []), ...state.notes],
      ...(option.stop === undefined ? {} : { stop: option.stop }),
    };
  else if (hasWords) next.notes = [...state.notes, note];
  return next;
}

function answerAction(state: SessionState, action: ModelAction, optionId: string): SessionState {
  const id = action.action.id;
  const next: SessionState = { ...state, done: [...state.done, id] };
  if (optionId === 'skip') {
    const required = state.forced === id ? action.action.whenSkipped : undefined;
    if (required) {
      const notes = [{ skippedAction: id }, ...state.notes];
      const stop = required.stop === undefined ? {} : { stop: required.stop };
      return { ...next, ending: { outcome: required.outcome, beliefs: state.beliefs, notes, ...stop } };
    }
    return { ...next, skipped: [...state.skipped, id] };
  }
  const beliefs = beliefsOf(state);
  if (optionId === 'fixed') {
    // Credit the causes this action can fix, weighted by how likely each was.
    return { ...next, ending: { outcome: 'resolved', beliefs: Array.from(afterFix(beliefs, action)), notes: state.notes } };
  }
  return { ...next, done: [...next.done, ...(action.action.reveals ?? [])], beliefs: Array.from(afterFailure(beliefs, action)) };
}
