import { type Escalation, OUTCOME_KINDS, OUTCOMES } from './kinds.js';

// The kinds the validator and the tools list: the engine's steps classified, and lists derived from the
// tables. A module of its own, apart from kinds.ts: the widget looks up OUTCOME_KINDS but never lists
// kinds, so its bundle leaves this module (in the validator's chunk) out.

/** The outcomes that hand the problem over, in order: the costs a knowledge base may set. */
export const ESCALATIONS: readonly Escalation[] = OUTCOMES.filter((outcome): outcome is Escalation => OUTCOME_KINDS[outcome].escalation);

/** What the engine can ask for next (its `Step`), and the prompt each becomes. */
export type StepKind = 'device' | 'question' | 'action' | 'age' | 'return-offer' | 'result';

export interface StepTraits {
  /** The kind of prompt the shopper sees. */
  readonly prompt: 'question' | 'action' | 'result';
  /**
   * Where the prompt's id comes from: the knowledge base (its question or action), the step kind
   * itself (a question the engine makes, which tells about the product and the shopper, not the
   * fault), or the outcome (a result).
   */
  readonly id: 'knowledge-base' | 'step-kind' | 'outcome';
}

/** Every step kind, classified once. */
export const STEP_KINDS = {
  device: { prompt: 'question', id: 'step-kind' },
  question: { prompt: 'question', id: 'knowledge-base' },
  action: { prompt: 'action', id: 'knowledge-base' },
  age: { prompt: 'question', id: 'step-kind' },
  'return-offer': { prompt: 'question', id: 'step-kind' },
  result: { prompt: 'result', id: 'outcome' },
} as const satisfies Record<StepKind, StepTraits>;

/** The questions the engine makes itself, by id: 'device', 'age', 'return-offer'. */
export type EnginePromptId = { [K in StepKind]: (typeof STEP_KINDS)[K]['id'] extends 'step-kind' ? K : never }[StepKind];
export const ENGINE_PROMPT_IDS = (Object.keys(STEP_KINDS) as StepKind[]).filter(
  (kind): kind is EnginePromptId => STEP_KINDS[kind].id === 'step-kind',
);

/** Prompt ids a knowledge base may not use for its own questions and actions: the engine's questions and the results'. */
export const RESERVED_PROMPT_IDS: readonly string[] = (ENGINE_PROMPT_IDS as readonly string[]).concat(OUTCOMES);
