import type { CoreLocale } from '../locales/types.js';
import type { AgeBand } from './policy.js';

/** How a troubleshooting session can end. */
export const OUTCOMES = [
  'resolved',
  'refund',
  'warranty-claim',
  'legal-guarantee',
  'repair',
  'replace',
  'safety-stop',
  'contact-support',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type CauseId = string;

/**
 * Why a session stops for safety, each with its own words and its own remedy: a swollen, hot or
 * smelling battery (fire safety), a wet device (dry it, then start again), a recalled product (the
 * recall's remedy, at any age), a product whose recall status is not known yet (how to find out).
 */
export const STOP_REASONS = ['battery', 'wet', 'recall', 'recall-unknown'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** The outcomes that hand the problem to someone else: what giving up on self-help costs. */
export type Escalation = Exclude<Outcome, 'resolved' | 'safety-stop'>;

/** A link a result offers. */
export interface Link {
  label: string;
  /** Only `https:`, `http:`, `mailto:` and `tel:` links pass validation. */
  href: string;
}

/** A link in a knowledge base: its `id` is what translations name it by. */
export interface KnowledgeBaseLink extends Link {
  id: string;
}

/**
 * A picture of a knowledge base: an inline SVG drawing (drawn in the text colour, so it works in light
 * and dark) or the address of an image file on the page's own site. Steps, questions and devices name it
 * by its id.
 */
export interface KnowledgeBaseImage {
  /** SVG markup with only plain shapes: no scripts, styles, links or text (the validator checks). */
  svg?: string;
  /** A relative address (`/img/port.png`, `images/port.svg`), resolved against the page. */
  src?: string;
  /** What the picture shows, for shoppers who cannot see it. */
  alt: string;
  source?: string;
}

export interface Cause {
  id: CauseId;
  label: string;
  /** False for causes only a technician can fix (worn battery, broken port, charging circuit). */
  userFixable: boolean;
  /**
   * Normal wear and tear (a battery that lost capacity with use): a warranty that excludes wear
   * (`warrantyExcludesWear`) may refuse a claim for it, and the result says so.
   */
  wear?: boolean;
  source?: string;
}

/** Device-specific wording of an action (a model's reset sequence); translations name it by `id`. */
export interface ActionVariant {
  id: string;
  devices: string[];
  title?: string;
  steps?: string[];
  /** An image id: this model's picture instead of the action's. */
  image?: string;
  source?: string;
}

export interface Action {
  id: string;
  title: string;
  steps: string[];
  /** Hands-on minutes of the shopper's effort: what the ordering weighs. */
  minutes: number;
  /** Unattended waiting (charging untouched, drying) that the widget shows as a timer. */
  waitMinutes?: number;
  /** P(this action fixes the fault | cause); causes left out are never fixed by it. */
  fixes: Record<CauseId, number>;
  /** Device ids this action applies to; all devices when left out. */
  devices?: string[];
  /** An image id: where to look or what to press. */
  image?: string;
  variants?: ActionVariant[];
  /**
   * Tried before any escalation whatever the odds, unless an answer excludes it: a cheap step every
   * support desk asks for first (another cable or charger, a restart).
   */
  tryBeforeEscalating?: boolean;
  /**
   * Questions whose answer the shopper saw while doing this step (the light while watching it charge,
   * the contacts while cleaning them): they are not asked once the step is done.
   */
  reveals?: string[];
  /**
   * When an answer made this step required (`next`) and the shopper cannot do it, the session ends
   * here: a wet device that cannot be dried is never led on to charging.
   */
  whenSkipped?: { outcome: Outcome; note: string; stop?: StopReason };
  source?: string;
}

export interface QuestionOption {
  id: string;
  label: string;
  /**
   * P(this answer | cause). For each cause, the values over a question's options add up to 1;
   * options that leave a cause out share what the others leave over equally.
   */
  likelihood: Record<CauseId, number>;
  /** Ends the session at once with this outcome (the safety question's "swollen / hot" answer). */
  outcome?: Outcome;
  /** Why a `safety-stop` answer stops: its words and its remedy follow from it. */
  stop?: StopReason;
  /**
   * The shopper cannot tell (cannot find the label, cannot check now). An unsure answer to a gate
   * must stop the session: nothing is charged on a guess (the path verifier checks).
   */
  unsure?: boolean;
  /**
   * The answer tells of an accident (a drop, a knock): returns, warranties and legal remedies for
   * faults may not cover it, so its `note` must go with every result that offers one (the path
   * verifier checks).
   */
  accident?: boolean;
  /** What to do now, in order, shown numbered on the result this answer ends in (a safety stop). */
  steps?: string[];
  /** A colour the answer is about (`#rrggbb`), shown beside it: a charging light's colour. */
  swatch?: string;
  /** An action that must come next, before anything else (a wet device is dried first). */
  next?: string;
  /** Actions this answer makes impossible or pointless (no firmware update for a speaker that never turns on). */
  excludes?: string[];
  /**
   * Extra words for the result: the one this answer ends in, or, for an answer that does not end
   * the session, whatever result it comes to (only these outcomes with `noteWhen`).
   */
  note?: string;
  /** Show `note` and `links` only when the session ends in one of these outcomes. */
  noteWhen?: Outcome[];
  links?: KnowledgeBaseLink[];
  /**
   * The product never worked: inside the return window the shopper is offered the return at once, or
   * one quick step first, instead of the whole troubleshooting.
   */
  offersReturn?: boolean;
}

/** Device-specific wording of a question (what a model's charging light means); translations name it by `id`. */
export interface QuestionVariant {
  id: string;
  devices: string[];
  title?: string;
  body?: string;
  /** An image id: this model's picture instead of the question's. */
  image?: string;
  source?: string;
}

export interface Question {
  id: string;
  title: string;
  body?: string;
  devices?: string[];
  /** The shopper's minutes to answer; 0.5 when left out. */
  minutes?: number;
  /** An image id: what to look at. */
  image?: string;
  options: QuestionOption[];
  variants?: QuestionVariant[];
  source?: string;
}

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
  supportUrl?: string;
  warrantyUrl?: string;
  /** Where a support summary can be emailed. */
  supportEmail?: string;
  /** Where to find the serial number a warranty claim asks for ("on the box and the claim card"). */
  serialNumber?: string;
  /** An image id: the product, for the device picker. */
  image?: string;
  source?: string;
}

/**
 * A knowledge base's words in another language, everything by id (variants and links too). Anything
 * left out stays in the knowledge base's own language.
 */
export interface KnowledgeBaseTranslation {
  causes?: Record<string, { label?: string }>;
  actions?: Record<
    string,
    { title?: string; steps?: string[]; variants?: Record<string, { title?: string; steps?: string[] }>; whenSkipped?: { note?: string } }
  >;
  questions?: Record<
    string,
    {
      title?: string;
      body?: string;
      options?: Record<string, { label?: string; note?: string; steps?: string[]; links?: Record<string, string> }>;
      variants?: Record<string, { title?: string; body?: string }>;
    }
  >;
  devices?: Record<string, { brand?: string; name?: string; serialNumber?: string }>;
  legalRights?: Record<string, { name?: string }>;
  images?: Record<string, { alt?: string }>;
}

/** A translation as a file of its own: which knowledge base (by `id`) and which language it is for. */
export interface KnowledgeBaseTranslationFile extends KnowledgeBaseTranslation {
  knowledgeBase: string;
  language: string;
}

/**
 * What each way on costs the shopper, in minutes of hands-on effort, so that "go on troubleshooting"
 * and "hand it over" are weighed in one unit. Defaults in README ("How it decides").
 */
export interface Costs {
  /** A minute of unattended waiting (charging untouched, drying), in minutes of effort. Default 0.1. */
  waitingWeight?: number;
  /**
   * What a return or claim for a fault the shopper could have fixed costs on top of the escalation
   * itself (the shop's handling, the maker's inspection finding no fault). Default 60.
   */
  needlessEscalation?: number;
  /**
   * What a return for a fault the shopper could have fixed costs, in place of `needlessEscalation`:
   * the shop's shipping, inspection, repacking and resale at a discount. Default 180.
   */
  needlessReturn?: number;
  /** A day without the product, in minutes of effort. Default 10. */
  dayWithoutProduct?: number;
  /** One unit of money (the unit prices are given in), in minutes of effort. Default 2. */
  moneyUnit?: number;
  /** Each escalation's own effort (forms, parcels, trips) and days without the product. */
  outcomes?: Partial<Record<Escalation, { minutes: number; days: number; source?: string }>>;
  source?: string;
}

/** A region's consumer law on faulty goods, enforced against the seller, whatever the maker's warranty. */
export interface LegalRights {
  /** The region's name for the shopper ("the EU", "the UK"). */
  name: string;
  /** Days from delivery in which a faulty product can be rejected for a full refund (UK: 30). */
  rejectDays?: number;
  /** Months from delivery in which the seller must put a fault right at no cost. */
  guaranteeMonths: number;
  /** Months in which a fault is presumed to have been there at delivery (the seller must prove otherwise). */
  presumedMonths?: number;
  source?: string;
}

export interface KnowledgeBase {
  schemaVersion: 1;
  /** Names the knowledge base for translations shipped apart from it and for outcome records. */
  id?: string;
  version?: string;
  /** The language its text is written in (a BCP 47 tag). Default `en`. */
  language?: string;
  causes: Cause[];
  actions: Action[];
  questions: Question[];
  devices: Device[];
  /**
   * The shopper's cost, in minutes, of giving up on self-help and escalating (return, claim, support).
   * An action is suggested only while its P(fix) × escalationMinutes beats its minutes. Default 60.
   */
  escalationMinutes?: number;
  /**
   * The fixed list of action ids this knowledge base replaces (for the built-in one, the seed guides'
   * order). Only the authoring tools read it: `simulate` and the benchmark compare the engine with it.
   */
  fixedOrder?: string[];
  /** Costs of waiting and of each escalation; see `Costs`. */
  costs?: Costs;
  /** Consumer law by region code (`EU`, `UK`), chosen with the session's `region` option. */
  legalRights?: Record<string, LegalRights>;
  /** Translations by language tag (`de`, `fr-CA`, …). */
  translations?: Record<string, KnowledgeBaseTranslation>;
  /** Pictures by id, for actions, questions, variants and devices to name. */
  images?: Record<string, KnowledgeBaseImage>;
  source?: string;
}

/** A picture as a prompt shows it: the knowledge base's image with its alt text in the session's language. */
export interface PromptImage {
  svg?: string;
  src?: string;
  alt: string;
}

export interface Option {
  id: string;
  label: string;
  /** The device picker's options: the brand to group them under, and the product's picture. */
  group?: string;
  image?: PromptImage;
  /** A colour the answer is about (a charging light's), `#rrggbb`. */
  swatch?: string;
}

export interface QuestionPrompt {
  kind: 'question';
  id: string;
  title: string;
  body?: string;
  image?: PromptImage;
  options: Option[];
}

export interface ActionPrompt {
  kind: 'action';
  id: string;
  title: string;
  /** Said with the step: inside the return window, that the shopper may still return it instead. */
  body?: string;
  steps: string[];
  minutes: number;
  waitMinutes?: number;
  image?: PromptImage;
  /** Always `fixed`, `not-fixed`, `skip`. */
  options: Option[];
}

/** How likely a cause is, in words: from 75 %, from 40 %, from 15 %, below. */
export const LIKELIHOODS = ['very-likely', 'likely', 'possible', 'unlikely'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

export interface LikelyCause {
  id: string;
  label: string;
  /** Posterior probability, 0..1. */
  probability: number;
  likelihood: Likelihood;
}

/** A way to reach someone: the shop's first, then the maker's. */
export interface Contact {
  kind: 'email' | 'phone' | 'link';
  /** `mailto:`, `tel:` or `https:`. */
  href: string;
  /** The address, number or page name, in words. */
  label: string;
  from: 'shop' | 'maker';
}

export interface ResultPrompt {
  kind: 'result';
  /** The outcome's name. */
  id: Outcome;
  outcome: Outcome;
  /** Why a safety stop stopped (its title, body and steps are that reason's); absent on other outcomes. */
  stop?: StopReason;
  title: string;
  body: string;
  /** What to do now, in order (a safety stop's actions); often empty. */
  steps: string[];
  /** Paragraphs for after the steps: what the shop or the maker owes, who to tell. Often empty. */
  afterSteps: string[];
  /** A warranty claim: the maker's claim page, if known, and what to have ready. */
  claim?: { href?: string; label?: string; ready: string[] };
  /** Resolved by a cause the shop sells the fix for (a new cable): the shop's page for it. */
  accessory?: Link;
  /** Most likely first. */
  causes: LikelyCause[];
  /** Pages worth reading next (a recall notice, the maker's warranty terms). */
  links: Link[];
  /** Who to reach, the shop first; empty only when nobody is known, and then the body says to contact the seller. */
  contacts: Contact[];
  options: [];
}

export type Prompt = QuestionPrompt | ActionPrompt | ResultPrompt;

export interface HistoryEntry {
  promptId: string;
  optionId: string;
}

export interface SessionOptions {
  /** The knowledge base (`charge-troubleshooter/knowledge-base` has the built-in one). Validated once per object. */
  knowledgeBase: KnowledgeBase;
  /** A device id; without it the first prompt is the question `device`. */
  device?: string;
  /** `YYYY-MM-DD`; without it the age is asked only when the outcome depends on it. */
  purchaseDate?: string;
  /**
   * `YYYY-MM-DD`: the day the product's age is counted to. Default: the shopper's local date (the
   * calendar date now in the time zone the code runs in; in a browser, the shopper's).
   */
  today?: string;
  /** The retailer's own return window in days; overrides the device's. */
  returnDays?: number;
  /** The shopper's region for consumer law: a key of the knowledge base's `legalRights` (`EU`, `UK`). */
  region?: string;
  /**
   * The seller's legal guarantee in months, when the retailer states it (overrides the region's);
   * past the maker's warranty but inside it, the seller must put a fault right.
   */
  legalGuaranteeMonths?: number;
  /**
   * The session's language: a value from `loadLocale()` (or one of your own). The knowledge base's
   * words come from its own `translations` for that language, else from the locale's translation of a
   * knowledge base with this `id`; a language the knowledge base has no text in is a RangeError.
   * Default: English.
   */
  locale?: CoreLocale;
  /** The shop that sold it: how to reach it, the order, what it sells. Results and the summary use it. */
  shop?: Shop;
  /**
   * The session's id in outcome records (letters, digits, `_`, `-`; up to 64). Default: 16 random hex
   * digits. Give your own only if it identifies nobody: never an order number or an email address.
   */
  id?: string;
}

/**
 * What one session came to, compact and versioned: what a shop logs and what `learn` reads. Ids and
 * numbers only: no dates, no words, nothing about the shopper.
 */
export interface OutcomeRecord {
  /** The format's version. */
  record: 1;
  /** The session's id: how a later label from the returns desk finds this record. */
  id: string;
  /** The knowledge base's `id` and `version`, when it has them. */
  knowledgeBase?: string;
  knowledgeBaseVersion?: string;
  device: string;
  /** Whole months from purchase to the session, when the purchase date was given. */
  ageMonths?: number;
  /** Every prompt and its answer, in order: `promptId:optionId`, one space apart. */
  path: string;
  outcome: Outcome;
  /** The step the shopper said fixed it, when the outcome is `resolved`. */
  fixedBy?: string;
}

/** The retailer's side of a hand-off. */
export interface Shop {
  /** The shop's name, for the summary. */
  name?: string;
  /** Its support address: the first way on in every result. */
  email?: string;
  /** Its help or contact page (`https:`). */
  url?: string;
  /** Its phone number, as dialled (`+44 20 7946 0000`). */
  phone?: string;
  /** The shopper's order number, for the summary and every hand-off. */
  orderNumber?: string;
  /** Per cause, the page where the shop sells the fix (`{ cable: { label: 'USB-C cables', href } }`). */
  accessories?: Record<CauseId, Link>;
}

/** Why a result says more than its outcome's words: an answer's note, or a required step the shopper could not do. */
export type NoteSource = { question: string; option: string } | { skippedAction: string };

/**
 * Where a diagnosis stands, as plain JSON: ids, answers and beliefs, no words. The words of the
 * current prompt are built from it, in whatever language, when they are read.
 */
export interface SessionState {
  /** The device, once chosen. */
  device?: string;
  /** P(cause) in the knowledge base's cause order. */
  beliefs: readonly number[];
  /** Questions and actions answered, and questions a step answered. */
  done: readonly string[];
  /** Actions the shopper could not do. */
  skipped: readonly string[];
  /** Actions an answer made impossible or pointless. */
  excluded: readonly string[];
  /** An action an answer made the next step (a wet device is dried first). */
  forced?: string;
  ageBand?: AgeBand;
  /** Answers whose words go with the result. */
  notes: readonly NoteSource[];
  /** A product that never worked, inside the return window: offered, taken, or troubleshooting first. */
  returnOffer?: 'pending' | 'return' | 'try';
  /** How it ended, with the beliefs the result reports. */
  ending?: { outcome: Outcome; beliefs: readonly number[]; notes: readonly NoteSource[]; stop?: StopReason };
}

/**
 * Plain JSON: `restoreSession(JSON.parse(JSON.stringify(snapshot)), options)` gives the same session on
 * the same day (or with `today: snapshot.today` for a snapshot you trust).
 */
export interface SessionSnapshot {
  version: 1;
  /** The session's id (snapshots saved before there were ids have none: a new one is drawn). */
  id?: string;
  device?: string;
  purchaseDate?: string;
  /**
   * The day the session was saved. Only a record: `restoreSession` counts the product's age to its
   * own `today`, never to this (a snapshot from storage can be edited).
   */
  today: string;
  returnDays?: number;
  region?: string;
  legalGuaranteeMonths?: number;
  locale?: string;
  history: HistoryEntry[];
}

/** Immutable: `answer()` and `back()` return a new session. */
export interface Session {
  /** The prompt to show, in the session's language (built when first read). */
  readonly current: Prompt;
  readonly history: readonly HistoryEntry[];
  /** Where the diagnosis stands, as plain JSON. */
  readonly state: SessionState;
  /** The language tag the session speaks. */
  readonly locale: string;
  /**
   * Expected minutes of the steps still likely to come, the current one included: the shopper's
   * hands-on effort and the unattended waiting (charging untouched, drying). Zero before the device is
   * known and at a result.
   */
  readonly timeLeft: { handsOn: number; waiting: number };
  /** How far along the session is, 0 to 1: never less than after the answer before (1 at a result). */
  readonly progress: number;
  /** Throws a RangeError naming the valid ids when `optionId` is not one of `current.options`. */
  answer(optionId: string): Session;
  /** The session before the last answer (the same session when nothing was answered yet). */
  back(): Session;
  snapshot(): SessionSnapshot;
  /** Plain-text hand-off for a support agent. */
  summary(): string;
  /** The session's id: random unless `SessionOptions.id` gave one; the same after `restoreSession`. */
  readonly id: string;
  /**
   * What the ended session came to, for a shop's analytics and for `learn`: ids and numbers only.
   * Throws an Error before the session has ended.
   */
  record(): OutcomeRecord;
  /** The same session in another language: same state and history, other words. No replay. */
  withLocale(locale: CoreLocale): Session;
}
