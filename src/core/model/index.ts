export { escalationCost, needlessCost, repairPays } from './costs.js';
export {
  afterAnswer,
  afterFailure,
  afterFix,
  type EscalationCosts,
  expectedCost,
  expectedShift,
  fixProbability,
  isWorthTrying,
  planRepair,
  RULED_OUT,
  rankActions,
  valueOfInformation,
} from './inference.js';
export {
  answerOdds,
  appliesTo,
  DEFAULT_QUESTION_MINUTES,
  type Distribution,
  type Model,
  type ModelAction,
  type ModelDevice,
  type ModelQuestion,
  modelOf,
  variantFor,
  wearShare,
} from './model.js';
export { ageBandOf, bandEndMonths, escalationOutcome, type Policy, possibleAgeBands } from './policy.js';
export { type PlanTimes, planTimes } from './time-left.js';
