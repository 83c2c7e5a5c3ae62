/**
 * The words for kinds of things: how a session can end, why it stops, how likely a cause is, how old
 * a product is, what the engine asks next. Each kind that code treats differently is classified once,
 * in a table typed `satisfies Record<Kind, Traits>`: adding a kind without a row, or a row without a
 * trait, fails `tsc`, and every place that asks reads the table rather than keeping its own list.
 */

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
  'get-part',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How old a product is against its policy: inside the return window, the warranty, the legal guarantee, its expected life, past it, or not known. */
export type AgeBand = 'return' | 'warranty' | 'legal' | 'lifespan' | 'past-lifespan' | 'unknown';

/** What the core needs to know about an outcome to price it and word its result. Every outcome answers every question. */
export interface OutcomeTraits {
  /**
   * It hands the problem to someone else: what giving up on self-help costs the shopper, and what a
   * knowledge base may price (`costs.outcomes`).
   */
  readonly escalation: boolean;
  /**
   * Whom the result puts the shopper in touch with: nobody (it is fixed), the shop alone (it sold it; a
   * refund or a legal remedy is its business), the maker then the shop (the maker's warranty is the
   * maker's to honour), or the shop then the maker.
   */
  readonly contacts: 'none' | 'shop' | 'maker-then-shop' | 'shop-then-maker';
  /** The maker's warranty terms are worth reading beside it (a battery-like safety stop adds them too). */
  readonly warrantyTerms: boolean;
  /** What escalating this way costs on top for a fault the shopper could have fixed: a needless return costs the shop most. */
  readonly needless: 'return' | 'escalation' | undefined;
  /** The money it costs the shopper: a repair's price, a new product's, or none. */
  readonly price: 'repair' | 'product' | undefined;
  /**
   * The result element's main way on: Done, the shop's returns page (when the shop gave one), a
   * hand-off (claim page, contact, summary), or the part to try again with (the shop's page for it,
   * else Start over).
   */
  readonly mainWay: 'done' | 'return' | 'hand-off' | 'part';
}

/**
 * What an ending is judged by: the path verifier's and the yardstick's rules. A table of its own, so a
 * bundle that only shows results does not carry it.
 */
export interface OutcomeVerdictTraits {
  /**
   * The product goes back to whoever puts it right (the shop, the maker, the seller under the law, a
   * repairer), where someone can inspect it. For a fault the shopper cannot fix, this is the right
   * ending (the yardstick's rule); support is not, as nobody yet owns the fault.
   */
  readonly sentBack: boolean;
  /** It offers cover an accident may void (a return, a claim, a legal remedy, support): the result says so after an accident. */
  readonly cover: boolean;
  /** The ages at which it is owed, or 'any-age'. */
  readonly owedAt: readonly AgeBand[] | 'any-age';
}

/** Every outcome, classified once. */
export const OUTCOME_KINDS = {
  resolved: {
    escalation: false,
    contacts: 'none',
    warrantyTerms: false,
    needless: undefined,
    price: undefined,
    mainWay: 'done',
  },
  refund: {
    escalation: true,
    contacts: 'shop',
    warrantyTerms: false,
    needless: 'return',
    price: undefined,
    mainWay: 'return',
  },
  'warranty-claim': {
    escalation: true,
    contacts: 'maker-then-shop',
    warrantyTerms: false,
    needless: 'escalation',
    price: undefined,
    mainWay: 'hand-off',
  },
  'legal-guarantee': {
    escalation: true,
    contacts: 'shop',
    warrantyTerms: false,
    needless: 'escalation',
    price: undefined,
    mainWay: 'hand-off',
  },
  repair: {
    escalation: true,
    contacts: 'shop-then-maker',
    warrantyTerms: true,
    needless: 'escalation',
    price: 'repair',
    mainWay: 'hand-off',
  },
  replace: {
    escalation: true,
    contacts: 'shop-then-maker',
    warrantyTerms: false,
    needless: 'escalation',
    price: 'product',
    mainWay: 'hand-off',
  },
  'safety-stop': {
    escalation: false,
    contacts: 'shop-then-maker',
    warrantyTerms: false,
    needless: undefined,
    price: undefined,
    mainWay: 'hand-off',
  },
  'contact-support': {
    escalation: true,
    contacts: 'shop-then-maker',
    warrantyTerms: true,
    needless: 'escalation',
    price: undefined,
    mainWay: 'hand-off',
  },
  // A step needed a part the shopper lacks (another cable, a charger), and the part is the likely
  // fix: get one, borrowed or bought, and try again. Nobody else is involved yet.
  'get-part': {
    escalation: false,
    contacts: 'none',
    warrantyTerms: false,
    needless: undefined,
    price: undefined,
    mainWay: 'part',
  },
} as const satisfies Record<Outcome, OutcomeTraits>;

/** Every outcome, judged once. */
export const OUTCOME_VERDICTS = {
  resolved: { sentBack: false, cover: false, owedAt: 'any-age' },
  refund: { sentBack: true, cover: true, owedAt: ['return'] },
  'warranty-claim': { sentBack: true, cover: true, owedAt: ['return', 'warranty'] },
  'legal-guarantee': { sentBack: true, cover: true, owedAt: ['legal'] },
  repair: { sentBack: true, cover: false, owedAt: ['lifespan', 'past-lifespan'] },
  replace: { sentBack: true, cover: false, owedAt: ['lifespan', 'past-lifespan'] },
  'safety-stop': { sentBack: false, cover: false, owedAt: 'any-age' },
  'contact-support': { sentBack: false, cover: true, owedAt: 'any-age' },
  'get-part': { sentBack: false, cover: false, owedAt: 'any-age' },
} as const satisfies Record<Outcome, OutcomeVerdictTraits>;

/** The outcomes whose `trait` is `value`, as a type. */
type OutcomesWhere<Trait extends keyof OutcomeTraits, Value> = {
  [O in Outcome]: (typeof OUTCOME_KINDS)[O][Trait] extends Value ? O : never;
}[Outcome];

/** The outcomes that hand the problem to someone else: what giving up on self-help costs. */
export type Escalation = OutcomesWhere<'escalation', true>;

/** Whether an outcome hands the problem to someone else. */
export function isEscalation(outcome: Outcome): outcome is Escalation {
  return OUTCOME_KINDS[outcome].escalation;
}

/**
 * Why a session stops for safety, each with its own words and its own remedy: a swollen, hot or
 * smelling battery (fire safety), a wet device (dry it, then start again), a recalled product (the
 * recall's remedy, at any age), a product whose recall status is not known yet (how to find out).
 */
export const STOP_REASONS = ['battery', 'wet', 'recall', 'recall-unknown'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** How likely a cause is, in words: from 75 %, from 40 %, from 15 %, below. */
export const LIKELIHOODS = ['very-likely', 'likely', 'possible', 'unlikely'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

/** Fails to compile where a switch over a kind misses one: `default: return unclassified(x)`. */
export function unclassified(kind: never): never {
  throw new Error(`unclassified kind ${JSON.stringify(kind)}`);
}
