import type { CauseId } from './types.js';

/** A product the knowledge base knows: what it costs, how long it is covered, who makes it. */
export interface Device {
  id: string;
  brand: string;
  name: string;
  /** What it is, for grouping: the built-in knowledge base uses `headphones`, `earbuds`, `speaker`. */
  kind?: string;
  /** How it charges: the built-in knowledge base uses `magnetic`, `usb-c`, `micro-usb`, `cradle`, `case`. */
  connector?: string;
  /** P(cause) before any answer; adds up to 1. Causes left out have probability 0. */
  priors: Record<CauseId, number>;
  warrantyMonths: number;
  returnDays: number;
  /** How long such a product typically lasts; past it (and past warranty) the advice is to replace. */
  lifespanMonths: number;
  /** A typical price of a new one (in the knowledge base's money unit): what replacing costs. */
  price?: number;
  /** False when nobody repairs it (the maker offers no repair service): past warranty it is replaced. Default true. */
  repairable?: boolean;
  /**
   * A typical price of a repair of a charging fault (the low end of the range when `repairPriceMax`
   * is given); a repair is advised only when it costs less than replacing.
   */
  repairPrice?: number;
  /** The high end of the typical repair price: a repair is weighed at the middle of the range, not its floor. */
  repairPriceMax?: number;
  /** The maker's warranty excludes normal wear and tear: a claim for a worn battery may be refused, and says so. */
  warrantyExcludesWear?: boolean;
  /** The maker's support or contact page. */
  supportUrl?: string;
  /**
   * The maker's warranty terms, in the knowledge base's language: a claim without a claim page links
   * them, labelled as the terms. Never a refund policy: a claim is not a return.
   */
  warrantyUrl?: string;
  /** The maker's own pages for starting a warranty claim, by region and language; the best match is the claim's main button. */
  claimPages?: ClaimPage[];
  /** Where a support summary can be emailed. */
  supportEmail?: string;
  /** Where to find the serial number a warranty claim asks for ("on the box and the claim card"). */
  serialNumber?: string;
  /** An image id: the product, for the device picker. */
  image?: string;
  source?: string;
}

/**
 * A maker's page for starting a warranty claim. A page with `regions` serves shoppers in those regions
 * only (the session's `region`, a `legalRights` key such as `UK`, `EU`); with `language`, it is
 * written in that language (a BCP 47 tag) and preferred for shoppers who read it.
 */
export interface ClaimPage {
  href: string;
  regions?: string[];
  language?: string;
}
