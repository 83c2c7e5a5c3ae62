// How honest the step's clock is (issue 23, point 3): the median absolute error, in minutes, of the
// time shown against the hands-on and waiting minutes simulated shoppers then spent, at the first step
// and over every step; beside it the whole plan's expectation the step showed before.
// Run: node --import tsx bench/clock.ts [walks per device and age, default 100]
// Caveat: the shoppers are drawn from the knowledge base's own numbers (causes from each device's prior,
// fixes and answers from its probabilities): the error against real shoppers will be larger.
import { clockErrors, clockWalks } from '../src/analysis/clock-error.js';
import { defaultKnowledgeBase } from '../src/knowledge-base/index.js';

const walks = Number(process.argv[2] ?? 100);
const purchaseDates = ['2026-11-20', '2026-06-01', '2025-01-01', '2019-05-05'];
const { first, all, withinUpTo, readings } = clockErrors(clockWalks(defaultKnowledgeBase, { today: '2026-11-21', purchaseDates, walks }));
const minutes = (n: number) => n.toFixed(1).padStart(6);
console.log(`${defaultKnowledgeBase.devices.length} devices × ${purchaseDates.length} ages × ${walks} shoppers; ${readings} steps`);
console.log('median absolute error (minutes)   first step   all steps');
console.log(`shown now: usually (median)          ${minutes(first.shown)}      ${minutes(all.shown)}`);
console.log(`shown before: expectation (mean)     ${minutes(first.expectation)}      ${minutes(all.expectation)}`);
console.log(`steps whose remaining time stayed within "up to": ${(withinUpTo * 100).toFixed(1)} %`);
