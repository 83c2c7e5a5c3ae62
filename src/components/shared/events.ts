import type { KnowledgeBaseProblem, Outcome, OutcomeRecord, Prompt, ResultPrompt } from '../../core/index.js';

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
  /** What the session came to, as ids and numbers, for analytics and `charge-troubleshooter learn`. */
  record: OutcomeRecord;
  /**
   * `record` as one line of JSON, written by the widget's own JSON code: send this rather than
   * `JSON.stringify(record)`, which a page's patched `toJSON` or `JSON.stringify` can change.
   */
  recordJson: string;
}

/**
 * `ct-abandon`: the shopper left a session before its result (the page was hidden or closed, or they
 * started over) after answering at least once: its record, `outcome: "abandoned"`, for the same log as
 * `ct-result`'s. A shopper who comes back and finishes sends `ct-result` with the same `record.id`.
 */
export interface CtAbandonDetail {
  record: OutcomeRecord;
  /** `record` as one line of JSON by the widget's own code: what to hand `navigator.sendBeacon`. */
  recordJson: string;
}

/** `ct-error`: the widget cannot run (bad knowledge base, failed `src` fetch, a language that is not available). */
export interface CtErrorDetail {
  message: string;
  /** For an invalid knowledge base: every problem with its JSON path. */
  problems?: KnowledgeBaseProblem[];
}

/** How a shopper left for someone who can help. */
export type HandoffKind = 'email' | 'copy' | 'return' | 'claim' | 'phone' | 'link';

/** `ct-handoff`: the shopper took a way on from a result. */
export interface CtHandoffDetail {
  kind: HandoffKind;
  outcome: Outcome;
}

/** The events the elements fire for the page: bubbling and composed, typed on every element. */
export interface CtEventMap {
  'ct-step': CustomEvent<CtStepDetail>;
  'ct-answer': CustomEvent<CtAnswerDetail>;
  'ct-result': CustomEvent<CtResultDetail>;
  'ct-abandon': CustomEvent<CtAbandonDetail>;
  'ct-error': CustomEvent<CtErrorDetail>;
  /** The launcher's dialog opened (by the shopper or by `open()`). */
  'ct-open': CustomEvent<Record<string, never>>;
  /** The launcher's dialog closed. */
  'ct-close': CustomEvent<Record<string, never>>;
  'ct-handoff': CustomEvent<CtHandoffDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends CtEventMap {}
}
