import type { AgeBand } from '../policy.js';
import type { Outcome } from '../types.js';

/**
 * The core's own words in one language. Plain data: `{name}` marks a value filled in at run time
 * (durations such as "30 days" or "2 years" come already formatted for the language).
 */
export interface CoreMessages {
  deviceTitle: string;
  deviceBody: string;
  ageTitle: string;
  ageBody: string;
  /**
   * {days}, {warranty}, {legal} (where the legal guarantee ends; the warranty's end when there is
   * none), {lifespan}: durations. `warrantyNoReturn` is used when there is no return window.
   */
  ageOptions: Record<Exclude<AgeBand, 'unknown'> | 'warrantyNoReturn' | 'unknown', string>;
  actionOptions: { fixed: string; 'not-fixed': string; skip: string };
  /** A product that never worked, inside the return window: return it now, or one quick step first. {days} */
  returnOffer: { title: string; body: string; options: { 'return-now': string; 'try-first': string } };
  /** Bodies may use {cause}, {days}, {warranty}, {legal}, {lifespan}, {region}, {brand}. */
  outcomes: Record<Outcome, { title: string; body: string }>;
  /** The replacement advice inside the usual lifespan, when nobody repairs it or a repair costs as much as a new one: {warranty}, {brand}. */
  replaceReasons: { 'no-repair-service': string; 'repair-too-costly': string };
  /** Added to a legal-guarantee result where the law presumes early faults: {presumed}. */
  legalPresumed: string;
  /** Added to a warranty claim where a legal guarantee also applies: {region}, {legal}. */
  alsoSeller: string;
  /** Stands in for {region} when the shop gave a legal guarantee period but no region. */
  yourRegion: string;
  /** Stands in for {cause} when no cause stands out. */
  unknownCause: string;
  /** {brand} */
  warrantyLink: string;
  /** {brand} */
  supportLink: string;
  summary: {
    heading: string;
    device: string;
    noDevice: string;
    purchased: string;
    notGiven: string;
    /** {answer} */
    shopperSaid: string;
    /** {days}, {warranty}, {lifespan} */
    bands: Record<AgeBand, string>;
    steps: string;
    noSteps: string;
    result: string;
    inProgress: string;
    causes: string;
  };
}
