import type { KnowledgeBase } from '../core/types.js';
import { likelihoods, model } from './model-queries.js';

/**
 * A world that differs from the knowledge base the way a real shop's does, not by random noise: each
 * shift is one a shop could meet, and one the records can show.
 * - one model's cable faults three times as common (a batch of bad cables in its box);
 * - a firmware fault on one speaker (a bad release);
 * - a step whose fix rate the guides overstate five times;
 * - two answers shoppers misreport (a month in a drawer they do not connect with it; a green crust taken for burn damage): the world's answer odds
 *   are what shoppers *say*, which is all the engine and `learn` ever see.
 */
export const STRUCTURED_SHIFT = {
  cable: { device: 'soundcore-flare-2', cause: 'cable', times: 3 },
  firmware: { device: 'soundcore-boost', cause: 'firmware', share: 0.3 },
  overstated: { action: 'charge-untouched', cause: 'deep-discharge', divide: 5 },
  misreported: [
    { question: 'how-it-started', said: 'gradually', instead: 'after-storage', share: 0.5 },
    { question: 'contacts-look', said: 'damage', instead: 'dirt', share: 0.5 },
  ],
} as const;

const normalised = (values: Record<string, number>) => {
  const total = Object.values(values).reduce((sum, p) => sum + p, 0);
  return Object.fromEntries(Object.entries(values).map(([key, p]) => [key, p / total]));
};

/** The knowledge base's numbers with the shifts of `STRUCTURED_SHIFT` applied: a true world for the learning bench. */
export function structuredShift(kb: KnowledgeBase): KnowledgeBase {
  const { cable, firmware, overstated, misreported } = STRUCTURED_SHIFT;
  const kbModel = model(kb);
  return {
    ...kb,
    devices: kb.devices.map((device) => {
      if (device.id === cable.device)
        return { ...device, priors: normalised({ ...device.priors, [cable.cause]: device.priors[cable.cause]! * cable.times }) };
      if (device.id !== firmware.device) return device;
      // The fault's share becomes `share`; the other causes keep their proportions.
      const others = normalised(Object.fromEntries(Object.entries(device.priors).filter(([cause]) => cause !== firmware.cause)));
      const priors = Object.fromEntries(Object.entries(others).map(([cause, p]) => [cause, p * (1 - firmware.share)]));
      return { ...device, priors: { ...priors, [firmware.cause]: firmware.share } };
    }),
    actions: kb.actions.map((action) =>
      action.id === overstated.action
        ? { ...action, fixes: { ...action.fixes, [overstated.cause]: action.fixes[overstated.cause]! / overstated.divide } }
        : action,
    ),
    questions: kb.questions.map((question) => {
      const shift = misreported.find((m) => m.question === question.id);
      if (shift === undefined) return question;
      const from = question.options.findIndex((o) => o.id === shift.instead);
      const to = question.options.findIndex((o) => o.id === shift.said);
      // Every cause gets explicit odds (the fill rule first); `share` of one answer is said as another.
      const columns = kb.causes.map((cause) => {
        const odds = likelihoods(kbModel, question, cause.id).slice();
        const moved = odds[from]! * shift.share;
        odds[from] = odds[from]! - moved;
        odds[to] = odds[to]! + moved;
        return odds;
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
