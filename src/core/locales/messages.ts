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
  /** {days}, {warranty}, {lifespan}: durations. `warrantyNoReturn` is used when there is no return window. */
  ageOptions: Record<Exclude<AgeBand, 'unknown'> | 'warrantyNoReturn' | 'unknown', string>;
  actionOptions: { fixed: string; 'not-fixed': string; skip: string };
  /** Bodies may use {cause}, {days}, {warranty}, {lifespan}. */
  outcomes: Record<Outcome, { title: string; body: string }>;
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
