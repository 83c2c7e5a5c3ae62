import {
  ACTION_ANSWERS,
  type AgeBand,
  appliesTo,
  initialState,
  type Model,
  type ModelDevice,
  RETURN_OFFER_ANSWERS,
  type Settings,
  type Step,
  transition,
} from '../core/internal.js';
import type { SessionState } from '../core/types.js';
import { RecordError, Unusable } from './read-records.js';

// Whether the engine could have walked a path: the rules that hold whatever the session's settings
// (purchase date, return window, region), which a record does not carry. The state is the engine's
// own, grown by its `transition`; the order is `nextStep`'s, which puts these first, before any
// choice the settings sway: the device; nothing once it has ended; every gate, in order; a forced step.

/** The reasons a path could not have happened, one per kind: the report counts records under them. */
export const IMPOSSIBLE = {
  twice: 'with a prompt asked twice (the engine asks each once)',
  afterEnd: 'with a prompt after the session ended (a step that fixed it, a gate that stops)',
  gatesFirst: 'with the gate questions (safety, recall) not first and in order',
  forcedNext: 'with another prompt where the engine puts a forced step ("dry it first")',
  notForDevice: 'with a question or step the device does not get',
  ruledOut: 'with a prompt after an answer that rules it out (an excluded step, a question a step answered)',
  devicePrompt: 'with the device question not first, or answered with another device than the record’s',
  returnOffer: 'with a return offer no answer led to',
} as const;

/** Every age band the age question can offer, whatever the settings (the type keeps it complete). */
const AGE_ANSWERS: Record<AgeBand, true> = {
  return: true,
  warranty: true,
  legal: true,
  lifespan: true,
  'past-lifespan': true,
  unknown: true,
};

/** `transition` reads settings only to start a session's state: no dates, no policy. */
const replaySettings = new WeakMap<Model, Settings>();

function settingsFor(model: Model): Settings {
  let settings = replaySettings.get(model);
  if (settings === undefined) {
    settings = { model, today: { year: 2000, month: 1, day: 1 }, origin: { today: '2000-01-01' } };
    replaySettings.set(model, settings);
  }
  return settings;
}

/**
 * Walks `pairs` (`promptId:optionId`) as the engine would have, for `device`. Throws Unusable with one of
 * the IMPOSSIBLE reasons, or with a prompt or answer the knowledge base does not have; a RecordError
 * when a pair is not promptId:optionId. A path that stops early (an abandoned session) passes: every
 * rule holds of each beginning of a path the engine could take.
 */
export function checkPath(model: Model, device: ModelDevice, pairs: readonly string[]): void {
  const settings = settingsFor(model);
  const deviceId = device.device.id;
  let state: SessionState = initialState(settings, pairs[0]?.startsWith('device:') ? undefined : deviceId);
  const seen = new Set<string>();
  let previous = '';
  for (const pair of pairs) {
    const colon = pair.indexOf(':');
    const promptId = pair.slice(0, colon);
    const optionId = pair.slice(colon + 1);
    if (colon < 1 || optionId === '') throw new RecordError(`"path" has "${pair}", which is not promptId:optionId`);
    if (state.ending !== undefined) throw new Unusable(IMPOSSIBLE.afterEnd, `"${promptId}" after "${previous}"`);
    if (seen.has(promptId)) throw new Unusable(IMPOSSIBLE.twice, `"${promptId}"`);
    seen.add(promptId);
    const step = stepFor(model, device, state, promptId, optionId);
    state = transition(settings, state, step, optionId);
    previous = pair;
  }
}

/** The step the engine must have shown for `promptId` now, checked against the rules and the answer. */
function stepFor(model: Model, device: ModelDevice, state: SessionState, promptId: string, optionId: string): Step {
  if (promptId === 'device') {
    if (state.device !== undefined || optionId !== device.device.id) throw new Unusable(IMPOSSIBLE.devicePrompt, `"${optionId}"`);
    return { kind: 'device' };
  }
  const done = new Set(state.done);
  // nextStep: every gate before anything else, then the step an answer forced.
  const gate = device.gates.find((q) => !done.has(q.question.id));
  if (gate !== undefined) {
    if (promptId !== gate.question.id) throw new Unusable(IMPOSSIBLE.gatesFirst, `"${promptId}" before "${gate.question.id}"`);
  } else if (state.forced !== undefined && !done.has(state.forced) && promptId !== state.forced)
    throw new Unusable(IMPOSSIBLE.forcedNext, `"${promptId}" before "${state.forced}"`);
  const unknownAnswer = () => new Unusable('with an answer this knowledge base does not have', `"${optionId}" to "${promptId}"`);
  if (promptId === 'age') {
    if (!Object.hasOwn(AGE_ANSWERS, optionId)) throw unknownAnswer();
    return { kind: 'age', bands: [] };
  }
  if (promptId === 'return-offer') {
    if (state.returnOffer !== 'pending' || (state.ageBand !== undefined && state.ageBand !== 'return'))
      throw new Unusable(IMPOSSIBLE.returnOffer);
    if (!(RETURN_OFFER_ANSWERS as readonly string[]).includes(optionId)) throw unknownAnswer();
    return { kind: 'return-offer' };
  }
  const question = model.questions.get(promptId);
  const action = model.actions.get(promptId);
  if (question === undefined && action === undefined)
    throw new Unusable('with a prompt this knowledge base does not have', `"${promptId}"`);
  const forced = state.forced === promptId;
  if (!forced && !appliesTo(question?.question ?? action!.action, device.device.id))
    throw new Unusable(IMPOSSIBLE.notForDevice, `"${promptId}" for "${device.device.id}"`);
  if (done.has(promptId) || (!forced && state.excluded.includes(promptId))) throw new Unusable(IMPOSSIBLE.ruledOut, `"${promptId}"`);
  if (question !== undefined) {
    if (!question.question.options.some((o) => o.id === optionId)) throw unknownAnswer();
    return { kind: 'question', question };
  }
  if (!(ACTION_ANSWERS as readonly string[]).includes(optionId))
    throw new Unusable('with a step answered other than fixed, not-fixed or skip', `"${optionId}" to "${promptId}"`);
  return { kind: 'action', action: action! };
}
