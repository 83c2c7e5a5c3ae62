// Engine scaling in Node: answer() + the next prompt, for generated knowledge bases of growing size.
import { performance } from 'node:perf_hooks';
import { createSession } from '../dist/core/index.js';
import { defaultKnowledgeBase } from '../dist/knowledge-base/index.js';
import { median } from './browser.mjs';

/** A small deterministic PRNG (mulberry32), so every run measures the same knowledge bases. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n causes, n actions (each fixing 1–3 causes), n / 10 questions (each naming 5 causes, 3 options). */
export function generatedKnowledgeBase(n, seed = n) {
  const rand = random(seed);
  const pick = () => `c${Math.floor(rand() * n)}`;
  const causes = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `Cause ${i}`, userFixable: rand() < 0.8 }));
  const actions = Array.from({ length: n }, (_, i) => {
    const fixes = {};
    for (let k = 0, count = 1 + Math.floor(rand() * 3); k < count; k++) fixes[pick()] = 0.5 + rand() / 2;
    return { id: `a${i}`, title: `Action ${i}`, steps: ['Do it'], minutes: 1 + Math.floor(rand() * 20), fixes };
  });
  const questions = Array.from({ length: Math.max(2, Math.floor(n / 10)) }, (_, i) => {
    const named = [...new Set(Array.from({ length: 5 }, pick))];
    const columns = named.map(() => {
      const w = [rand() + 0.01, rand() + 0.01, rand() + 0.01];
      const total = w[0] + w[1] + w[2];
      return w.map((x) => x / total);
    });
    return {
      id: `q${i}`,
      title: `Question ${i}`,
      options: [0, 1, 2].map((o) => ({
        id: `o${o}`,
        label: `Option ${o}`,
        likelihood: Object.fromEntries(named.map((cause, m) => [cause, columns[m][o]])),
      })),
    };
  });
  const weights = causes.map(() => rand() + 0.01);
  const total = weights.reduce((a, b) => a + b, 0);
  // Normalise in a way whose sum is 1 within the validator's 1e-6 even for 10,000 causes.
  const priors = Object.fromEntries(causes.map((cause, i) => [cause.id, weights[i] / total]));
  return {
    schemaVersion: 1,
    // Escalating costs more as the knowledge base grows, so that trying its actions stays worth it.
    escalationMinutes: 20 * n,
    causes,
    actions,
    questions,
    devices: [
      {
        id: 'd',
        brand: 'Bench',
        name: 'Device',
        kind: 'speaker',
        connector: 'usb-c',
        priors,
        warrantyMonths: 12,
        returnDays: 30,
        lifespanMonths: 36,
      },
    ],
  };
}

/** Times each answer() of a walk: questions answered with their first option, actions "not fixed". */
function timeWalk(session, maxAnswers) {
  const times = [];
  for (let i = 0; i < maxAnswers && session.current.kind !== 'result'; i++) {
    const option = session.current.kind === 'action' ? 'not-fixed' : session.current.options.at(-1).id;
    const start = performance.now();
    session = session.answer(option);
    times.push(performance.now() - start);
  }
  return times;
}

export function scaling(sizes = [10, 100, 1000, 10000]) {
  const rows = [];
  for (const n of sizes) {
    const knowledgeBase = generatedKnowledgeBase(n);
    const started = performance.now();
    const session = createSession({ knowledgeBase, device: 'd', purchaseDate: '2020-01-01', today: '2026-11-21' });
    const setup = performance.now() - started;
    const times = timeWalk(session, n >= 10000 ? 15 : 30);
    rows.push({
      causes: n,
      actions: n,
      questions: knowledgeBase.questions.length,
      setupMs: setup,
      answerMs: median(times),
      answers: times.length,
    });
  }
  const defaults = defaultKnowledgeBase.devices.flatMap((device) =>
    timeWalk(
      createSession({ knowledgeBase: defaultKnowledgeBase, device: device.id, purchaseDate: '2020-01-01', today: '2026-11-21' }),
      30,
    ),
  );
  return { rows, defaultKnowledgeBase: { answerMs: median(defaults), answers: defaults.length } };
}
