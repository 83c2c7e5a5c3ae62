import type { ActionPrompt, KnowledgeBaseProblem, Prompt, QuestionPrompt, ResultPrompt } from '../../core/index.js';

/** `ct-step`: a prompt is shown after something the shopper did. */
export interface CtStepDetail {
  prompt: Prompt;
  /** 1 for the first prompt. */
  stepNumber: number;
}

/** `ct-answer`: the shopper chose an option. */
export interface CtAnswerDetail {
  promptId: string;
  optionId: string;
}

/** `ct-result`: the session reached a result. */
export interface CtResultDetail {
  prompt: ResultPrompt;
  /** The plain-text hand-off for a support agent. */
  summary: string;
}

/** `ct-error`: the widget cannot run (bad knowledge base, failed `src` fetch). */
export interface CtErrorDetail {
  message: string;
  /** For an invalid knowledge base: every problem with its JSON path. */
  problems?: KnowledgeBaseProblem[];
}

/** `ct-back`: the step element's Back control was used. */
export interface CtBackDetail {
  promptId: string;
}

/** `ct-timer-start`: the shopper started an action's waiting timer. */
export interface CtTimerStartDetail {
  promptId: string;
  startedAt: number;
}

export type StepPrompt = QuestionPrompt | ActionPrompt;

export interface CtEventMap {
  'ct-step': CustomEvent<CtStepDetail>;
  'ct-answer': CustomEvent<CtAnswerDetail>;
  'ct-result': CustomEvent<CtResultDetail>;
  'ct-error': CustomEvent<CtErrorDetail>;
  'ct-back': CustomEvent<CtBackDetail>;
  'ct-timer-start': CustomEvent<CtTimerStartDetail>;
  'ct-restart': CustomEvent<null>;
}

declare global {
  interface GlobalEventHandlersEventMap extends CtEventMap {}
}
