import type { KnowledgeBase } from '../core/types.js';
import { likelihoods, model } from './model-queries.js';
import type { Random } from './random.js';

/**
 * A world that differs from the knowledge base: every probability times a factor drawn uniformly
 * from [1 − spread, 1 + spread], then priors and each cause's answer odds made to add up to 1 again
 * (fix probabilities are capped at 1).
 */
export function perturb(kb: KnowledgeBase, random: Random, spread = 0.3): KnowledgeBase {
  const jitter = (p: number) => p * (1 - spread + 2 * spread * random());
  const normalised = (values: Record<string, number>) => {
    const total = Object.values(values).reduce((sum, p) => sum + p, 0);
    return Object.fromEntries(Object.entries(values).map(([k, p]) => [k, total > 0 ? p / total : p]));
  };
  return {
    ...kb,
    devices: kb.devices.map((device) => ({
      ...device,
      priors: normalised(Object.fromEntries(Object.entries(device.priors).map(([cause, p]) => [cause, jitter(p)]))),
    })),
    actions: kb.actions.map((action) => ({
      ...action,
      fixes: Object.fromEntries(Object.entries(action.fixes).map(([cause, p]) => [cause, Math.min(1, jitter(p))])),
    })),
    questions: kb.questions.map((question) => {
      // Every cause gets explicit odds (the knowledge base's fill rule first), jittered and renormalised.
      const columns = kb.causes.map((cause) => {
        const odds = likelihoods(model(kb), question, cause.id).map(jitter);
        const total = odds.reduce((sum, p) => sum + p, 0);
        return odds.map((p) => (total > 0 ? p / total : 1 / odds.length));
      });
      return {
        ...question,
        options: question.options.map((option, i) => ({
          ...option,
          likelihood: Object.fromEntries(kb.causes.map((cause, c) => [cause.id, columns[c]![i]!])),
        })),
      };
    }),
  };
}
