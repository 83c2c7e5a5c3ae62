// Every public type of the core, from the folder that owns it.
export type * from './knowledge-base/types.js';
export type * from './session/types.js';
export type * from './shared/kind-lists.js';
export { ESCALATIONS } from './shared/kind-lists.js';
export type * from './shared/kinds.js';
export { isEscalation, LIKELIHOODS, OUTCOME_KINDS, OUTCOME_VERDICTS, OUTCOMES, STOP_REASONS } from './shared/kinds.js';
