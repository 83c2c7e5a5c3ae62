/**
 * What `learn/`, `analysis/` and the CLI share with the core beyond its public entry: the model, the
 * engine and the wording the path verifier and the estimator work on. Not a package export: its shape
 * may change with any release.
 */
export * from './engine/index.js';
export * from './knowledge-base/index.js';
export * from './model/index.js';
export * from './outcomes/index.js';
export * from './session/index.js';
export * from './shared/index.js';
// Whoever shares these works on knowledge bases from outside: the model is built from a checked one.
export { modelOf } from './validating.js';
