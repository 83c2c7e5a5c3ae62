import type { AgeBand, OutcomeVerdictTraits } from '../core/internal.js';
import { appliesTo, OUTCOME_VERDICTS } from '../core/internal.js';
import type { Device, KnowledgeBase, Prompt, Question, ResultPrompt, StopReason } from '../core/types.js';

/**
 * What must hold on every path a shopper can take, written as data: each invariant names itself,
 * says what it promises, and checks one prompt as the shopper meets it, given what the walk to it
 * said. `verifyKnowledgeBase` walks every reachable path and asks each of these at every prompt.
 */
export interface Invariant {
  id: string;
  /** What it promises, for the report. */
  description: string;
  /** Undefined when the prompt keeps the promise, else what breaks it. */
  check(visit: Visit): string | undefined;
}

/** One prompt on one path, with what the walk to it said. */
export interface Visit {
  knowledgeBase: KnowledgeBase;
  device: Device;
  prompt: Prompt;
  /** The product's age as the session knows it (from the purchase date or the shopper's answer). */
  ageBand: AgeBand | undefined;
  walk: Walk;
}

/** What the answers so far said that a later prompt answers to. Part of a state's identity in the walk. */
export interface Walk {
  /** Safety and recall questions answered. */
  safetyAnswered: readonly string[];
  /** The first "I can't tell" answer to a safety or recall question, as `question:option`. */
  unsure?: string;
  /** Answers that tell of an accident, as `question:option`. */
  accidents: readonly string[];
  /** The answer just given was "It's charging now" to a step. */
  justFixed: boolean;
  /** The answer just given was "I can't do this" to a step an answer had made required. */
  skippedRequired?: string;
}

/**
 * A question about safety or a recall, by what it says rather than by how the engine treats it: an
 * answer that stops for safety, names a stop reason, or is an "I can't tell".
 */
export function isSafetyQuestion(question: Question): boolean {
  return question.options.some((o) => o.outcome === 'safety-stop' || o.stop !== undefined || o.unsure === true);
}

/** What each stop reason owes the shopper, besides its numbered steps. */
const STOP_REMEDY: Record<StopReason, { what: string; given(result: ResultPrompt): boolean }> = {
  battery: { what: 'what the shop or the maker owes for an unsafe battery', given: (r) => r.afterSteps.length > 0 },
  wet: {
    what: 'no hand-off: a wet device is dried, not returned or claimed',
    given: (r) => r.afterSteps.length === 0 && r.contacts.length === 0,
  },
  recall: { what: 'the recall’s own page', given: (r) => givesAPage(r) },
  'recall-unknown': { what: 'where to check the recall', given: (r) => givesAPage(r) },
};

/** A page to go to: the result's way on (its main button) or a link among the rest. */
function givesAPage(result: ResultPrompt): boolean {
  return result.action !== undefined || result.links.length > 0;
}

const result = (prompt: Prompt): ResultPrompt | undefined => (prompt.kind === 'result' ? prompt : undefined);

export const INVARIANTS: readonly Invariant[] = [
  {
    id: 'safety-first',
    description: 'every safety and recall question that applies to the device comes before any step, forced steps included',
    check({ knowledgeBase, device, prompt, walk }) {
      if (prompt.kind !== 'action') return undefined;
      const unasked = knowledgeBase.questions.find(
        (q) => isSafetyQuestion(q) && appliesTo(q, device.id) && !walk.safetyAnswered.includes(q.id),
      );
      return unasked && `step "${prompt.id}" comes before the safety or recall question "${unasked.id}"`;
    },
  },
  {
    id: 'no-step-unsure',
    description: 'no step (every one may plug in or charge) after a safety or recall question answered "I can’t tell"',
    check: ({ prompt, walk }) =>
      prompt.kind === 'action' && walk.unsure !== undefined
        ? `step "${prompt.id}" comes after the unsure answer ${walk.unsure}`
        : undefined,
  },
  {
    id: 'required-step',
    description: 'a step an answer made required (drying a wet device) ends the session when the shopper cannot do it',
    check: ({ prompt, walk }) =>
      walk.skippedRequired !== undefined && prompt.kind !== 'result'
        ? `the shopper could not do the required step "${walk.skippedRequired}", and the session goes on to "${prompt.id}"`
        : undefined,
  },
  {
    id: 'stop-reason',
    description: 'every safety stop names its reason',
    check: ({ prompt }) =>
      result(prompt)?.outcome === 'safety-stop' && result(prompt)!.stop === undefined
        ? 'a safety stop names no reason (`stop`)'
        : undefined,
  },
  {
    id: 'stop-remedy',
    description: 'every safety stop says what to do now, and the remedy of its own reason',
    check({ prompt }) {
      const stop = result(prompt);
      if (stop?.outcome !== 'safety-stop' || stop.stop === undefined) return undefined;
      if (stop.steps.length === 0) return `a "${stop.stop}" stop gives no steps to do now`;
      const remedy = STOP_REMEDY[stop.stop];
      return remedy.given(stop) ? undefined : `a "${stop.stop}" stop lacks ${remedy.what}`;
    },
  },
  {
    id: 'outcome-facts',
    description: 'every result is backed by the facts it needs: a fix, the age it is owed at, someone to claim from',
    check({ device, prompt, ageBand, walk }) {
      const end = result(prompt);
      if (end === undefined) return undefined;
      if (end.outcome === 'resolved') return walk.justFixed ? undefined : '"resolved" without a step the shopper said fixed it';
      // The ages at which it is owed: a refund inside the return window, a claim inside the warranty, and so on.
      const owed: OutcomeVerdictTraits['owedAt'] = OUTCOME_VERDICTS[end.outcome].owedAt;
      if (owed === 'any-age') return undefined;
      if (ageBand === undefined || !owed.includes(ageBand))
        return `"${end.outcome}" for a product whose age is ${ageBand === undefined ? 'not known' : `in the "${ageBand}" band`} (owed only in: ${owed.join(', ')})`;
      if (end.outcome === 'repair' && device.repairable === false) return `"repair" for a device nobody repairs`;
      if (end.outcome === 'warranty-claim' && end.claim?.href === undefined && end.contacts.length === 0 && end.afterSteps.length === 0)
        return 'a warranty claim with nowhere to claim';
      return undefined;
    },
  },
  {
    id: 'accident-disclosed',
    description: 'after an answer that tells of an accident, every return, claim, legal remedy and support says it may not be covered',
    check({ knowledgeBase, prompt, walk }) {
      const end = result(prompt);
      if (end === undefined || !OUTCOME_VERDICTS[end.outcome].cover) return undefined;
      for (const answer of walk.accidents) {
        const [questionId, optionId] = answer.split(':');
        const note = knowledgeBase.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId)?.note;
        if (note === undefined || !end.body.includes(note))
          return `"${end.outcome}" after ${answer} does not say an accident may not be covered`;
      }
      return undefined;
    },
  },
];
