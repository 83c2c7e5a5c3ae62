import type { CauseId } from './types.js';

// An action's variants and the part a step needs, apart from types.ts to keep that file short.

/**
 * A part a step needs that the shopper may lack (another cable, a charger): the cause it fixes (one
 * the action fixes; the shop's accessory for it is the result's main link), the part in words as it
 * stands alone ("a USB-C charging cable"), how to borrow one.
 */
export interface PartNeeded {
  cause: CauseId;
  part: string;
  borrow: string;
}

/** A part's words for one model or in another language. */
export interface PartWords {
  part?: string;
  borrow?: string;
}

/** An action variant's words in another language. */
export interface ActionWords {
  title?: string;
  steps?: string[];
  needs?: PartWords;
}

/** Device-specific wording of an action (a model's reset sequence); translations name it by `id`. */
export interface ActionVariant {
  id: string;
  devices: string[];
  title?: string;
  steps?: string[];
  /** An image id: this model's picture instead of the action's. */
  image?: string;
  /** This model's words for the part the action needs (its magnetic cable, its cradle). */
  needs?: PartWords;
  source?: string;
}
