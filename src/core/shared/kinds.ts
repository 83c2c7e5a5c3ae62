/** The words for kinds of things: how a session can end, why it stops, how likely a cause is, how old a product is. */
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

/**
 * Why a session stops for safety, each with its own words and its own remedy: a swollen, hot or
 * smelling battery (fire safety), a wet device (dry it, then start again), a recalled product (the
 * recall's remedy, at any age), a product whose recall status is not known yet (how to find out).
 */
export const STOP_REASONS = ['battery', 'wet', 'recall', 'recall-unknown'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** The outcomes that hand the problem to someone else: what giving up on self-help costs. */
export type Escalation = Exclude<Outcome, 'resolved' | 'safety-stop'>;

/** How likely a cause is, in words: from 75 %, from 40 %, from 15 %, below. */
export const LIKELIHOODS = ['very-likely', 'likely', 'possible', 'unlikely'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

/** How old a product is against its policy: inside the return window, the warranty, the legal guarantee, its expected life, past it, or not known. */
export type AgeBand = 'return' | 'warranty' | 'legal' | 'lifespan' | 'past-lifespan' | 'unknown';
