/**
 * The elements: importing this module registers <charge-troubleshooter>,
 * <charge-troubleshooter-step> and <charge-troubleshooter-result>.
 * The diagnosis core alone is `charge-troubleshooter/core`.
 */
export { ChargeTroubleshooter } from './components/charge-troubleshooter/charge-troubleshooter.js';
export { ChargeTroubleshooterStep } from './components/charge-troubleshooter-step/charge-troubleshooter-step.js';
export { ChargeTroubleshooterResult } from './components/charge-troubleshooter-result/charge-troubleshooter-result.js';
export type * from './components/shared/events.js';
