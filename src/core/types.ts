/** How a troubleshooting session can end. */
export type Outcome =
  | 'resolved'
  | 'refund'
  | 'warranty-claim'
  | 'repair'
  | 'replace'
  | 'safety-stop'
  | 'contact-support';

export const OUTCOMES: readonly Outcome[] = [
  'resolved',
  'refund',
  'warranty-claim',
  'repair',
  'replace',
  'safety-stop',
  'contact-support',
];

export type CauseId = string;

export interface Link {
  label: string;
  /** Only `https:`, `http:`, `mailto:` and `tel:` links pass validation. */
  href: string;
}

export interface Cause {
  id: CauseId;
  label: string;
  /** False for causes only a technician can fix (worn battery, broken port, charging circuit). */
  userFixable: boolean;
  source?: string;
}

/** Device-specific wording of an action (a model's reset sequence). */
export interface ActionVariant {
  devices: string[];
  title?: string;
  steps?: string[];
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
  variants?: ActionVariant[];
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
  /** An action that must come next, before anything else (a wet device is dried first). */
  next?: string;
  /** Extra words for the result this answer leads to (a recall notice). */
  note?: string;
  links?: Link[];
}

/** Device-specific wording of a question (what a model's charging light means). */
export interface QuestionVariant {
  devices: string[];
  title?: string;
  body?: string;
  source?: string;
}

export interface Question {
  id: string;
  title: string;
  body?: string;
  devices?: string[];
  /** The shopper's minutes to answer; 0.5 when left out. */
  minutes?: number;
  options: QuestionOption[];
  variants?: QuestionVariant[];
  source?: string;
}

export type DeviceKind = 'headphones' | 'earbuds' | 'speaker';
export type Connector = 'magnetic' | 'usb-c' | 'micro-usb' | 'cradle' | 'case';

export interface Device {
  id: string;
  brand: string;
  name: string;
  kind: DeviceKind;
  connector: Connector;
  /** P(cause) before any answer; adds up to 1. Causes left out have probability 0. */
  priors: Record<CauseId, number>;
  warrantyMonths: number;
  returnDays: number;
  /** How long such a product typically lasts; past it (and past warranty) the advice is to replace. */
  lifespanMonths: number;
  supportUrl?: string;
  warrantyUrl?: string;
  /** Where a support summary can be emailed. */
  supportEmail?: string;
  source?: string;
}

/**
 * A knowledge base's words in another language, by id. Anything left out stays in the knowledge
 * base's own language. Variants and links are matched by position.
 */
export interface KnowledgeBaseTranslation {
  causes?: Record<string, { label?: string }>;
  actions?: Record<string, { title?: string; steps?: string[]; variants?: ({ title?: string; steps?: string[] } | null)[] }>;
  questions?: Record<
    string,
    {
      title?: string;
      body?: string;
      options?: Record<string, { label?: string; note?: string; links?: string[] }>;
      variants?: ({ title?: string; body?: string } | null)[];
    }
  >;
  devices?: Record<string, { brand?: string; name?: string }>;
}

export interface KnowledgeBase {
  schemaVersion: 1;
  causes: Cause[];
  actions: Action[];
  questions: Question[];
  devices: Device[];
  /**
   * The shopper's cost, in minutes, of giving up on self-help and escalating (return, claim, support).
   * An action is suggested only while its P(fix) × escalationMinutes beats its minutes. Default 60.
   */
  escalationMinutes?: number;
  /** Translations by language tag (`de`, `fr-CA`, …). */
  translations?: Record<string, KnowledgeBaseTranslation>;
  source?: string;
}

export interface Option {
  id: string;
  label: string;
}

export interface QuestionPrompt {
  kind: 'question';
  id: string;
  title: string;
  body?: string;
  options: Option[];
}

export interface ActionPrompt {
  kind: 'action';
  id: string;
  title: string;
  steps: string[];
  minutes: number;
  waitMinutes?: number;
  /** Always `fixed`, `not-fixed`, `skip`. */
  options: Option[];
}

export interface LikelyCause {
  id: string;
  label: string;
  /** Posterior probability, 0..1. */
  probability: number;
}

export interface ResultPrompt {
  kind: 'result';
  /** The outcome's name. */
  id: Outcome;
  outcome: Outcome;
  title: string;
  body: string;
  /** Most likely first. */
  causes: LikelyCause[];
  links: Link[];
  /** The device's support address, for an "email support" hand-off with the summary. */
  supportEmail?: string;
  options: [];
}

export type Prompt = QuestionPrompt | ActionPrompt | ResultPrompt;

export interface HistoryEntry {
  promptId: string;
  optionId: string;
}

export interface SessionOptions {
  /** Default: `defaultKnowledgeBase`. */
  knowledgeBase?: KnowledgeBase;
  /** A device id; without it the first prompt is the question `device`. */
  device?: string;
  /** `YYYY-MM-DD`; without it the age is asked only when the outcome depends on it. */
  purchaseDate?: string;
  /** `YYYY-MM-DD`; default: today's UTC date. */
  today?: string;
  /** The retailer's own return window in days; overrides the device's. */
  returnDays?: number;
  /**
   * A language tag (`de`, `de-AT`, `fr-CA`, …) for the session's words and formats: English, or a
   * language loaded with `loadLocale`, or one the knowledge base carries in `translations`.
   */
  locale?: string;
}

/** Plain JSON: `restoreSession(JSON.parse(JSON.stringify(snapshot)))` gives the same session. */
export interface SessionSnapshot {
  version: 1;
  device?: string;
  purchaseDate?: string;
  today: string;
  returnDays?: number;
  locale?: string;
  history: HistoryEntry[];
}

/** Immutable: `answer()` and `back()` return a new session. */
export interface Session {
  readonly current: Prompt;
  readonly history: readonly HistoryEntry[];
  /** The language the session speaks: the best match for the requested locale among those available. */
  readonly locale: string;
  /** Expected hands-on minutes of the actions still likely to come (0 before the device is known and at a result). */
  readonly minutesLeft: number;
  /** Throws a RangeError naming the valid ids when `optionId` is not one of `current.options`. */
  answer(optionId: string): Session;
  /** The session before the last answer (the same session when nothing was answered yet). */
  back(): Session;
  snapshot(): SessionSnapshot;
  /** Plain-text hand-off for a support agent. */
  summary(): string;
}
