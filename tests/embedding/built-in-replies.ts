/** Truthful answers of a shopper whose built-in device has a worn battery: where the embedding tests walk to. */
export const BUILT_IN_REPLIES: Record<string, string> = {
  safety: 'none',
  'how-it-started': 'gradually',
  'charging-light': 'normal-light',
  'contacts-look': 'looks-fine',
  'recall-check': 'not-recalled',
  'recall-label': 'other-model',
  'charging-light-shokz': 'red-light',
  'update-offered': 'up-to-date',
  'works-when-plugged': 'only-plugged-in',
  age: 'warranty',
};

/** The same shopper, who has also tried the cable on another device (the widget's walks get that question). */
export const WORN_BATTERY: Record<string, string> = { ...BUILT_IN_REPLIES, 'cable-on-other-device': 'yes' };
