import type { KnowledgeBaseProblem, Prompt, ResultPrompt } from '../../core/index.js';

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

/** `ct-error`: the widget cannot run (bad knowledge base, failed `src` fetch, a language that is not available). */
export interface CtErrorDetail {
  message: string;
  /** For an invalid knowledge base: every problem with its JSON path. */
  problems?: KnowledgeBaseProblem[];
}

/** The events the elements fire for the page: bubbling and composed, typed on every element. */
export interface CtEventMap {
  'ct-step': CustomEvent<CtStepDetail>;
  'ct-answer': CustomEvent<CtAnswerDetail>;
  'ct-result': CustomEvent<CtResultDetail>;
  'ct-error': CustomEvent<CtErrorDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends CtEventMap {}
}
