import type { AgeBand, KnowledgeBaseTranslation, Likelihood, Outcome, StopReason } from '../core/types.js';

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
  /** Bodies may use {cause}, {days}, {warranty}, {legal}, {lifespan}, {region}, {brand}. `safety-stop` is for a stop with no reason given. */
  outcomes: Record<Outcome, { title: string; body: string }>;
  /** The replacement advice inside the usual lifespan, when nobody repairs it or a repair costs as much as a new one: {warranty}, {brand}. */
  replaceReasons: { 'no-repair-service': string; 'repair-too-costly': string };
  /** Added to a legal-guarantee result where the law presumes early faults: {presumed}. */
  legalPresumed: string;
  /** Added to a warranty claim where a legal guarantee also applies: {region}, {legal}. */
  alsoSeller: string;
  /** Said with every step inside the return window: the shopper may still return it instead. {days} */
  returnStillOpen: string;
  /** Added to a claim whose likely fault is wear, when the maker's warranty excludes wear: {brand}. */
  wearExcluded: string;
  /** In place of `alsoSeller` on such a claim: the law's durability still counts. {region}, {legal} */
  wearDurability: string;
  /** Added to a legal remedy whose likely fault is wear: wear is a fault only if it came too soon. */
  legalWear: string;
  /**
   * A safety stop by its reason: its title and what the reason means (a stop whose answer names no
   * reason has `outcomes['safety-stop']`, worded for any reason).
   */
  stops: Record<StopReason, { title: string; body: string }>;
  /** Stands in for {region} when the shop gave a legal guarantee period but no region. */
  yourRegion: string;
  /** Stands in for {cause} when no cause stands out. */
  unknownCause: string;
  /** How likely a cause is, in words. */
  likelihood: Record<Likelihood, string>;
  /**
   * Added to a safety stop: what the shop or the maker owes for an unsafe battery, by the product's age.
   * {days}, {warranty}, {legal}, {region}, {brand}
   */
  safetyRemedy: Record<AgeBand, string>;
  /** A safety stop's actions when the knowledge base's answer gives none of its own. */
  safetySteps: string[];
  /** Added to a result when neither the shop nor the maker gave a way to reach them. */
  noContact: string;
  /** After "get the part": what to do when the new part does not fix it either. */
  partTryAgain: string;
  /**
   * A warranty claim: the button to the maker's claim page ({brand}), or to its warranty terms when it
   * has no claim page (`terms`, {brand}), and what to have ready ({where}, {order}).
   */
  claim: { start: string; terms: string; serialNumber: string; serialNumberAt: string; proofOfPurchase: string; proofOfOrder: string };
  /** A refund's words when the shop gave its online returns page ({days}). */
  refundOnline: string;
  /** A replacement's main button to the shop's page for a new one. */
  replaceAtShop: string;
  /** Whose a contact is: the shop when it gave no name; the maker ({brand}). */
  theShop: string;
  theMaker: string;
  /** The shop's help page as a contact: {site} (its host name), {who}. */
  shopPage: string;
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
    /** A line of the summary: {label}, {value} ("Device: …"). */
    line: string;
    /** The purchase date with its age band: {date}, {band}. */
    dateAndBand: string;
    /** The purchase date with what the shopper said of the age: {date}, {answer}. */
    dateAndAnswer: string;
    /** One step done: {n}, {step}, {answer}. */
    step: string;
    /** One likely cause: {cause}, {likelihood}, {percent}. */
    likelyCause: string;
    shop: string;
    order: string;
    steps: string;
    noSteps: string;
    result: string;
    inProgress: string;
    causes: string;
    /** The session's id, by which the returns desk's verdict is attached to its outcome record. */
    reference: string;
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
  /** The progress bar's name. */
  progress: string;
  /** What the rest usually takes, waits included: {duration} ("35 minutes", "1 hour 15 minutes"). */
  timeLeft: string;
  /** The same when most of it is unattended waiting. */
  timeLeftWaiting: string;
  /** Said after the usual time when it went up: the step just tried did not fix it. */
  timeLeftLonger: string;
  /** The control that opens how long it takes at most. */
  timeLeftAtMost: string;
  /** How long at most: {duration}, every likely step needed. */
  timeLeftUpTo: string;
  /** Said of a waiting step before the shopper starts it: {duration} of waiting. */
  waitAhead: string;
  back: string;
  /** {duration}, e.g. "30 minutes" */
  startTimer: string;
  /** {clock}, e.g. "29:41" */
  timerLeft: string;
  timerDone: string;
  timerHint: string;
  timerKeepsCounting: string;
  opensInNewTab: string;
  copySummary: string;
  copied: string;
  copyFallback: string;
  summaryLabel: string;
  emailSubject: string;
  startReturn: string;
  startOver: string;
  /** A resolved result's main button. */
  done: string;
  /** Shown once the shopper says done. */
  finished: string;
  /** The disclosure with the likely causes. */
  why: string;
  /** {cause}, {likelihood} */
  causeLikelihood: string;
  /** Over a safety stop's numbered actions. */
  whatToDo: string;
  /** Over what a warranty claim asks for. */
  haveReady: string;
  /** Over the ways to reach the shop or the maker. */
  getHelp: string;
  /** {address}, {who}: the shop's name, "the shop", or the maker. */
  emailTo: string;
  /** {number}, {who} */
  call: string;
  /** After a link to a page in another language than the shopper's: {language}, its name. */
  inLanguage: string;
  /** Coming back to saved progress: the heading, when it was started ({when}: "3 days ago"), and the two ways on. */
  resumeTitle: string;
  resumeStarted: string;
  /** {when} for under a minute ago, where Intl.RelativeTimeFormat would say "now". */
  resumeJustNow: string;
  /** {when} for an hour or more ago on the same local day; "yesterday" and "3 days ago" come from Intl. */
  resumeEarlierToday: string;
  /** The step a Continue resumes: {n} its number, {step} its title. */
  resumeStep: string;
  resumeContinue: string;
  resumeStartAgain: string;
  loading: string;
  errorTitle: string;
  errorKnowledgeBase: string;
  /** # is the number of problems not shown */
  moreProblems: PluralMessage;
  /** {src}, {reason} */
  errorLoad: string;
  /** The label of the search box a long list of products gets. */
  searchLabel: string;
  /** How many products match what the shopper typed (# the number; `zero` for none). */
  searchMatches: PluralMessage;
  /** Under a list showing only the first matches: {shown} of {total}, type to narrow it. */
  searchMore: string;
  /** The button after a knowledge base failed to load. */
  retry: string;
  launcher: string;
  dialogLabel: string;
  close: string;
}

/**
 * The words a session needs in one language: the core's own. A knowledge base carries its own
 * translations; the shipped languages carry none of a knowledge base's words.
 */
export interface CoreLocale {
  /** A BCP 47 language tag: `de`, `fr-CA`. */
  tag: string;
  core: CoreMessages;
  /**
   * Translations, by knowledge-base `id`, of knowledge bases that do not carry this language
   * themselves (a registered language for a shop's own knowledge base; the widget uses it to hand
   * the built-in knowledge base's translation to the session). A knowledge base's own come first.
   */
  knowledgeBases?: Readonly<Record<string, KnowledgeBaseTranslation>>;
}

/** A language for the elements too: `loadLocale()` returns one, `registerLocale()` adds one. */
export interface Locale extends CoreLocale {
  ui: UiMessages;
}
