import type { CoreLocale } from '../../locales/types.js';
import type { CauseId, KnowledgeBase, Link } from '../knowledge-base/index.js';
import type { AgeBand, Likelihood, Outcome, StopReason } from '../shared/index.js';
import type { TimeLeft } from './time-left.js';

export type { TimeLeft } from './time-left.js';

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

/** A page a prompt links to; `language` (a BCP 47 tag) when it is not written in the session's language. */
export type PageLink = Link & { language?: string };

export interface QuestionPrompt {
  kind: 'question';
  id: string;
  title: string;
  body?: string;
  image?: PromptImage;
  /** Pages the question points to (the recall checker it asks about). */
  links?: PageLink[];
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
  /** Whose it is, in words for a button ("the shop", the shop's name, "Shokz, the maker"). */
  who: string;
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
  /**
   * A warranty claim: what to have ready, and its way on when the knowledge base has one: the maker's
   * claim page for the shopper's region and language (`way: 'claim-page'`), else its warranty terms,
   * labelled as the terms (`way: 'warranty-terms'`). `language` is the page's, when not the shopper's.
   */
  claim?: { href?: string; label?: string; way?: 'claim-page' | 'warranty-terms'; language?: string; ready: string[] };
  /** Resolved by a cause the shop sells the fix for (a new cable): the shop's page for it. */
  accessory?: Link;
  /**
   * "Get the part": the part the step the shopper could not do needs, and the cause it fixes. The
   * shop's page for it, when given, is the result's `action`.
   */
  part?: { cause: string; label: string };
  /** Most likely first. */
  causes: LikelyCause[];
  /**
   * The one thing to do next, when the knowledge base names it (a recall's page, from a link marked
   * `primary`): the result's main button. Not repeated in `links`.
   */
  action?: PageLink;
  /** Pages worth reading next (a recall notice, the maker's warranty terms). */
  links: PageLink[];
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
   * Origins (`https://cdn.shop.example`) whose images the knowledge base may show. Default none: an
   * https: image from anywhere is a RangeError naming it; relative addresses are the page's own.
   */
  imageOrigins?: readonly string[];
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
  /** How it ended, or `abandoned`: the shopper left before a result (`path` holds what was answered). */
  outcome: Outcome | 'abandoned';
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
  /** Its online returns page: a refund result's main button, and the refund is worded for an online return. */
  returnUrl?: string;
  /** Where it sells a new one (the product's page): a replacement result's main button. */
  replaceUrl?: string;
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
   * How long the rest usually takes, and at most: what the step shows. The same frozen value on every
   * read. All zero before the device is known and at a result.
   */
  readonly timeLeft: TimeLeft;
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
   * What the session came to, for a shop's analytics and for `learn`: ids and numbers only. Before
   * its end, `outcome` is `abandoned` and the path what was answered (the widget sends that when the
   * page is left mid-way). Throws an Error while no device is known.
   */
  record(): OutcomeRecord;
  /** The same session in another language: same state and history, other words. No replay. */
  withLocale(locale: CoreLocale): Session;
}
