import type { AgeBand } from '../core/policy.js';
import type { KnowledgeBaseTranslation, Outcome } from '../core/types.js';

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

/** Plural forms by Intl.PluralRules category; `#` is replaced by the formatted number. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The elements' own words in one language (the knowledge base and the core bring the rest).
 * Plain data: `{name}` marks a value filled in at run time.
 */
export interface UiMessages {
  /** {n} */
  step: string;
  /** # is the number of minutes */
  minutesLeft: PluralMessage;
  back: string;
  /** {duration}, e.g. "30 minutes" */
  startTimer: string;
  /** {clock}, e.g. "29:41" */
  timerLeft: string;
  timerDone: string;
  timerHint: string;
  timerKeepsCounting: string;
  likelyCauses: string;
  nextSteps: string;
  opensInNewTab: string;
  copySummary: string;
  copied: string;
  copyFallback: string;
  summaryLabel: string;
  emailSupport: string;
  emailSubject: string;
  startReturn: string;
  startOver: string;
  loading: string;
  errorTitle: string;
  errorKnowledgeBase: string;
  /** # is the number of problems not shown */
  moreProblems: PluralMessage;
  /** {src}, {reason} */
  errorLoad: string;
  launcher: string;
  dialogLabel: string;
  close: string;
}

/**
 * The words a session needs in one language: the core's own, and translations of knowledge bases by
 * their `id` (a knowledge base's own `translations` come first).
 */
export interface CoreLocale {
  /** A BCP 47 language tag: `de`, `fr-CA`. */
  tag: string;
  core: CoreMessages;
  knowledgeBases?: Readonly<Record<string, KnowledgeBaseTranslation>>;
}

/** A language for the elements too: `loadLocale()` returns one, `registerLocale()` adds one. */
export interface Locale extends CoreLocale {
  ui: UiMessages;
}
