import type { Escalation, Outcome, StopReason } from '../shared/index.js';
import type { Device } from './device-types.js';
import type { ActionVariant, ActionWords, PartNeeded, PartWords } from './part-types.js';

export type { ClaimPage, Device } from './device-types.js';

export type CauseId = string;

/** A link a result offers. */
export interface Link {
  label: string;
  /** Only `https:`, `http:`, `mailto:` and `tel:` links pass validation. */
  href: string;
}

/** A link in a knowledge base: its `id` is what translations name it by. */
export interface KnowledgeBaseLink extends Link {
  id: string;
  /** The way on: a result that shows this answer's links makes this one its main button (a recall's page). */
  primary?: boolean;
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
  /** The part the step needs, when the shopper may not have one to hand (another cable, a charger). */
  needs?: PartNeeded;
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
  /** Pages the question itself points to (the recall checker it asks about), shown with it. */
  links?: KnowledgeBaseLink[];
  options: QuestionOption[];
  variants?: QuestionVariant[];
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
    { title?: string; steps?: string[]; variants?: Record<string, ActionWords>; whenSkipped?: { note?: string }; needs?: PartWords }
  >;
  questions?: Record<
    string,
    {
      title?: string;
      body?: string;
      links?: Record<string, string>;
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
