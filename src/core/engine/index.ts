export { decisionInputs, nextStep, plannedWork } from './engine.js';
export { ACTION_ANSWERS, deviceOf, type Ending, initialState, policyOf, RETURN_OFFER_ANSWERS, type Settings, type Step } from './state.js';
export { answerIds, transition } from './transition.js';
