import { primaryLanguage } from '../../locales/match.js';
import type { Settings } from '../engine/index.js';
import type { ModelDevice } from '../model/index.js';
import { formatMessage } from '../shared/index.js';
import type { ClaimPage, ResultPrompt } from '../types.js';
import { pageLanguage, type Words } from './words.js';

type Claim = NonNullable<ResultPrompt['claim']>;

/**
 * A warranty claim: what the maker asks for, and its way on. The maker's claim page for the shopper's
 * region and language where the knowledge base has one; else its warranty terms, labelled as the
 * terms (they say how to claim); else none, and the maker's own contacts come first.
 */
export function claimFor(settings: Settings, words: Words, { device }: ModelDevice, brand: string): Claim {
  const text = words.messages.claim;
  const where = words.translation?.devices?.[device.id]?.serialNumber ?? device.serialNumber;
  const order = settings.shop?.orderNumber;
  const ready = [
    where === undefined ? text.serialNumber : formatMessage(text.serialNumberAt, { where }),
    order === undefined ? text.proofOfPurchase : formatMessage(text.proofOfOrder, { order }),
  ];
  const page = claimPageFor(device.claimPages, settings.origin.region, words.locale);
  if (page !== undefined) {
    const label = formatMessage(text.start, { brand });
    return { href: page.href, label, way: 'claim-page', ...pageLanguage(settings, words, page.language), ready };
  }
  if (device.warrantyUrl === undefined) return { ready };
  return {
    href: device.warrantyUrl,
    label: formatMessage(text.terms, { brand }),
    way: 'warranty-terms',
    ...pageLanguage(settings, words),
    ready,
  };
}

/**
 * The claim page that serves this shopper: of the pages for the region (or for every region), one in
 * the shopper's language first, then one in no stated language, then any. A page for another region
 * is never offered: its claim would be refused.
 */
export function claimPageFor(pages: readonly ClaimPage[] | undefined, region: string | undefined, locale: string): ClaimPage | undefined {
  const serving = (pages ?? []).filter((page) => page.regions === undefined || (region !== undefined && page.regions.includes(region)));
  const language = primaryLanguage(locale);
  // Region-specific pages before pages for everyone, so a UK page beats a global one.
  const ranked = [...serving].sort((a, b) => Number(a.regions === undefined) - Number(b.regions === undefined));
  return (
    ranked.find((page) => page.language !== undefined && primaryLanguage(page.language) === language) ??
    ranked.find((page) => page.language === undefined) ??
    ranked[0]
  );
}
