import type { ShippedLocale } from './index.js';

/**
 * The launcher button's text in each shipped language, written once here: the locales use it, and so
 * does the lazy launcher, which shows the button before (and without) any locale is loaded.
 */
export const launcherLabels = {
  en: 'Charging help',
  de: 'Hilfe bei Ladeproblemen',
  es: 'Ayuda con la carga',
  fr: 'Aide à la recharge',
  ar: 'مساعدة في الشحن',
} as const satisfies Record<ShippedLocale, string>;
