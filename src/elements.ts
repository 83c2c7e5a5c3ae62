/**
 * The element classes without registering them (no side effects): for apps that register their
 * own tag names or load the elements lazily. `charge-troubleshooter` registers them.
 */
export { ChargeTroubleshooter } from './components/charge-troubleshooter/charge-troubleshooter.component.js';
export { ChargeTroubleshooterResult } from './components/charge-troubleshooter-result/charge-troubleshooter-result.component.js';
export { ChargeTroubleshooterStep } from './components/charge-troubleshooter-step/charge-troubleshooter-step.component.js';
export { defineElement } from './components/shared/ct-element.js';
export type * from './components/shared/events.js';
