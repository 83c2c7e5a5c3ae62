/**
 * Type-level checks, run by `tsc --noEmit` (`npm run test:types`), never executed: adding an outcome
 * or a step kind without classifying it must fail to compile. Each `@ts-expect-error` below is itself
 * a test: if the line it guards compiled (the check gone), tsc would report the directive as unused.
 */
import type { Step } from '../../src/core/internal.js';
import {
  OUTCOME_KINDS,
  OUTCOME_VERDICTS,
  type Outcome,
  type OutcomeTraits,
  type OutcomeVerdictTraits,
  STEP_KINDS,
  type StepKind,
  type StepTraits,
  unclassified,
} from '../../src/core/internal.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const holds = <Claim extends true>(): Claim => true as Claim;

// The tables classify exactly the kinds there are: every outcome, every step the engine can take.
holds<Equal<keyof typeof OUTCOME_KINDS, Outcome>>();
holds<Equal<keyof typeof OUTCOME_VERDICTS, Outcome>>();
holds<Equal<keyof typeof STEP_KINDS, StepKind>>();
holds<Equal<Step['kind'], StepKind>>();

// An outcome added to OUTCOMES and not to the table: the table no longer satisfies its type.
type WithStoreCredit = Outcome | 'store-credit';
// @ts-expect-error 'store-credit' has no row
OUTCOME_KINDS satisfies Record<WithStoreCredit, OutcomeTraits>;
// @ts-expect-error the equality the table's own `satisfies` enforces fails for the longer list
holds<Equal<keyof typeof OUTCOME_KINDS, WithStoreCredit>>();
// @ts-expect-error nor has it a verdict
OUTCOME_VERDICTS satisfies Record<WithStoreCredit, OutcomeVerdictTraits>;

// A row without one of its traits is not a classification either.
const { 'legal-guarantee': legal, ...rest } = OUTCOME_VERDICTS;
const { sentBack: _forgotten, ...legalWithoutSentBack } = legal;
// @ts-expect-error 'legal-guarantee' does not say whether it sends the product back
({ ...rest, 'legal-guarantee': legalWithoutSentBack }) satisfies Record<Outcome, OutcomeVerdictTraits>;
// @ts-expect-error a table missing a kind
rest satisfies Record<Outcome, OutcomeVerdictTraits>;

// A step kind added to the engine and not classified.
// @ts-expect-error 'store-credit-offer' has no row
STEP_KINDS satisfies Record<StepKind | 'store-credit-offer', StepTraits>;

// A switch over a kind that misses one does not compile: `unclassified` takes only `never`.
export function noun(outcome: Outcome): string {
  switch (outcome) {
    case 'resolved':
    case 'safety-stop':
      return 'self-help';
    case 'refund':
    case 'warranty-claim':
    case 'legal-guarantee':
    case 'repair':
    case 'replace':
      return 'sent back';
    default:
      // @ts-expect-error 'contact-support' is not handled
      return unclassified(outcome);
  }
}
