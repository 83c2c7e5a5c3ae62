import type { Settings } from '../engine/index.js';
import { type ModelDevice, variantFor } from '../model/index.js';
import type { Link, NoteSource } from '../types.js';
import type { Words } from './words.js';

/** The part a "get the part" result sends for, in the session's language, and the shop's page for it. */
export interface PartWords {
  /** The cause the part fixes. */
  cause: string;
  /** The part, as it stands alone ("a USB-C charging cable"). */
  label: string;
  /** How to borrow one. */
  borrow: string;
  /** The shop's page for it (`shop.accessories[cause]`), when the shop gave one. */
  shopLink: Link | undefined;
}

/**
 * The part of the step the shopper could not do (the ending's first note names it), with this
 * model's words for it (its variant's, then the action's; each translated where the translation has it).
 */
export function partWords(settings: Settings, words: Words, device: ModelDevice, notes: readonly NoteSource[]): PartWords | undefined {
  for (const note of notes) {
    if (!('skippedAction' in note)) continue;
    const { action } = settings.model.actions.get(note.skippedAction)!;
    if (action.needs === undefined) continue;
    const variant = variantFor(action.variants, device.device.id);
    const own = words.translation?.actions?.[action.id];
    const variantOwn = variant && own?.variants?.[variant.id]?.needs;
    const pick = (field: 'part' | 'borrow'): string =>
      variant?.needs?.[field] !== undefined ? (variantOwn?.[field] ?? variant.needs[field]) : (own?.needs?.[field] ?? action.needs![field]);
    const shop = settings.shop?.accessories?.[action.needs.cause];
    return {
      cause: action.needs.cause,
      label: pick('part'),
      borrow: pick('borrow'),
      shopLink: shop === undefined ? undefined : { label: shop.label, href: shop.href },
    };
  }
  return undefined;
}
