// Every public type of the core, from the folder that owns it.
export type * from './knowledge-base/types.js';
export type * from './session/types.js';
export type * from './shared/kinds.js';
export { LIKELIHOODS, OUTCOMES, STOP_REASONS } from './shared/kinds.js';
