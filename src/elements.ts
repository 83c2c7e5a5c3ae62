/**
 * The element classes without registering them (no side effects): for apps that register their
 * own tag names or load the elements lazily. `charge-troubleshooter` registers them.
 */
export { ChargeTroubleshooter } from './components/charge-troubleshooter/charge-troubleshooter.component.js';
export {
  ChargeTroubleshooterLauncher,
  LAUNCHER_PARTS,
} from './components/charge-troubleshooter-launcher/charge-troubleshooter-launcher.component.js';
export {
  ChargeTroubleshooterResult,
  RESULT_PARTS,
} from './components/charge-troubleshooter-result/charge-troubleshooter-result.component.js';
export {
  ChargeTroubleshooterStep,
  STEP_PARTS,
  type StepPrompt,
} from './components/charge-troubleshooter-step/charge-troubleshooter-step.component.js';
export { defineElement } from './components/shared/ct-element.js';
export type * from './components/shared/events.js';
export { availableLocales, registerLocale } from './components/shared/languages.js';
export { english } from './locales/en.js';
export { loadLocale } from './locales/index.js';
export type { Locale, UiMessages } from './locales/types.js';
