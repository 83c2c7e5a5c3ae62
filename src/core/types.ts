// Every public type of the core, from the folder that owns it.
export type * from './knowledge-base/types.js';
export type * from './session/types.js';
export type * from './shared/kinds.js';
export { ESCALATIONS, isEscalation, LIKELIHOODS, OUTCOME_KINDS, OUTCOMES, STOP_REASONS } from './shared/kinds.js';
