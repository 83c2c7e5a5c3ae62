// Diagnosis cost, computed exactly over the outcome tree (no sampling): for each device and each
// cause weighted by the device's prior, the expected minutes of the shopper's effort to the end,
// plus the cost of escalating when it ends in an escalation. Our adaptive order vs the seed guides'
// fixed order (cable → charger → clean → reset → charge long → temperature → firmware → the rest) on
// the same knowledge base, with the same safety and recall gates first. The purchase date is given
// (inside the warranty), so neither asks the age.
import { expectFrom, likelihoods } from '../dist/cli/simulate.js';
import { createSession, defaultKnowledgeBase as kb } from '../dist/core/index.js';

const SEED_ORDER = ['try-another-cable', 'try-another-power-source', 'clean-contacts', 'restart-reset', 'charge-untouched', 'room-temperature', 'update-firmware'];
const TODAY = '2026-11-21';
const PURCHASED = '2026-05-01';
const ESCALATION = kb.escalationMinutes ?? 60;

const questions = new Map(kb.questions.map((q) => [q.id, q]));
const actions = new Map(kb.actions.map((a) => [a.id, a]));
const applies = (entry, device) => !entry.devices || entry.devices.includes(device);

/** Our adaptive order, from the authoring kit's exact expectation; an escalation costs its minutes too. */
function expectAdaptive(session, cause) {
  const e = expectFrom(kb, session, cause);
  return { minutes: e.minutes + (1 - e.outcomes.resolved) * ESCALATION, prompts: e.prompts, correct: e.correct };
}

/** The fixed order: the same gates, then every action in the seeds' order, then escalate. */
function expectFixed(device, cause, fixable) {
  const gates = kb.questions.filter((q) => applies(q, device) && q.options.some((o) => o.outcome));
  const order = [...SEED_ORDER, ...kb.actions.map((a) => a.id).filter((id) => !SEED_ORDER.includes(id))].filter((id) => applies(actions.get(id), device));

  function runActions(sequence) {
    let reach = 1;
    const total = { minutes: 0, prompts: 0, correct: 0 };
    for (const id of sequence) {
      const action = actions.get(id);
      const fix = action.fixes[cause] ?? 0;
      total.minutes += reach * action.minutes;
      total.prompts += reach;
      total.correct += reach * fix * (fixable ? 1 : 0);
      reach *= 1 - fix;
    }
    total.minutes += reach * ESCALATION;
    total.correct += reach * (fixable ? 0 : 1);
    return total;
  }

  function throughGates(index, forced) {
    if (index === gates.length) return runActions(forced ? [forced, ...order.filter((id) => id !== forced)] : order);
    const gate = gates[index];
    const total = { minutes: gate.minutes ?? 0.5, prompts: 1, correct: 0 };
    likelihoods(gate, cause).forEach((p, i) => {
      const option = gate.options[i];
      const rest = option.outcome ? { minutes: ESCALATION, prompts: 0, correct: fixable ? 0 : 1 } : throughGates(index + 1, option.next ?? forced);
      total.minutes += p * rest.minutes;
      total.prompts += p * rest.prompts;
      total.correct += p * rest.correct;
    });
    return total;
  }

  return throughGates(0, undefined);
}

function weighted(device, expect) {
  const total = { minutes: 0, prompts: 0, correct: 0 };
  for (const cause of kb.causes) {
    const prior = device.priors[cause.id] ?? 0;
    if (prior === 0) continue;
    const e = expect(cause.id, cause.userFixable);
    total.minutes += prior * e.minutes;
    total.prompts += prior * e.prompts;
    total.correct += prior * e.correct;
  }
  return total;
}

export function diagnosisCost() {
  const rows = kb.devices.map((device) => {
    const start = createSession({ device: device.id, today: TODAY, purchaseDate: PURCHASED });
    const adaptive = weighted(device, (cause) => expectAdaptive(start, cause));
    const fixed = weighted(device, (cause, fixable) => expectFixed(device.id, cause, fixable));
    return { device: device.id, adaptive, fixed, ratio: adaptive.minutes / fixed.minutes };
  });
  const mean = (pick) => rows.reduce((sum, row) => sum + pick(row), 0) / rows.length;
  const overall = {
    adaptive: { minutes: mean((r) => r.adaptive.minutes), prompts: mean((r) => r.adaptive.prompts), correct: mean((r) => r.adaptive.correct) },
    fixed: { minutes: mean((r) => r.fixed.minutes), prompts: mean((r) => r.fixed.prompts), correct: mean((r) => r.fixed.correct) },
  };
  return { method: 'exact expectation over the outcome tree', escalationMinutes: ESCALATION, rows, overall: { ...overall, ratio: overall.adaptive.minutes / overall.fixed.minutes } };
}
