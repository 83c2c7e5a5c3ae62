/**
 * The authoring kit's analysis, for build scripts and CI: prove a knowledge base safe and honest on
 * every path a shopper can take (`verifyKnowledgeBase`, what `charge-troubleshooter verify` runs),
 * and find unsafe advice in its text (`unsafeAdvice`, what `validate` warns of). Not for the page:
 * nothing of it is in the widget.
 */

export { INVARIANTS, type Invariant, isSafetyQuestion, type Visit, type Walk } from './invariants.js';
export { type UnsafeAdvice, unsafeAdvice } from './unsafe-advice.js';
export { describeSituation, type Situation, type VerifyOptions, type VerifyReport, type Violation, verifyKnowledgeBase } from './verify.js';
