// The truthful simulated shopper is the authoring kit's own (charge-troubleshooter simulate uses it too).
export { truthfulAnswer } from '../../src/analysis/expectation.js';
