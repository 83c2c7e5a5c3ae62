import { formatDate } from './dates.js';
import { policyOf, type EngineState, type Settings } from './engine.js';
import { deviceLabel, likelyCauses } from './prompts.js';
import { percent, texts } from './texts.js';
import type { Prompt } from './types.js';

export interface SummaryStep {
  promptId: string;
  title: string;
  answer: string;
}

/** The plain-text hand-off a shopper pastes into a support ticket. */
export function writeSummary(settings: Settings, state: EngineState, current: Prompt, steps: readonly SummaryStep[]): string {
  const words = texts.summary;
  const device = state.device;
  const lines = [words.heading, `${words.device}: ${device ? `${deviceLabel(device.device)} (${device.device.id})` : words.noDevice}`];

  const ageAnswer = steps.find((step) => step.promptId === 'age');
  let purchased = settings.purchaseDate ? formatDate(settings.purchaseDate) : words.notGiven;
  if (device && state.ageBand && settings.purchaseDate) purchased += `, ${words.band(state.ageBand, policyOf(settings, device))}`;
  else if (ageAnswer) purchased += `; ${words.shopperSaid(ageAnswer.answer)}`;
  lines.push(`${words.purchased}: ${purchased}`, '', `${words.steps}:`);

  if (steps.length === 0) lines.push(`  ${words.noSteps}`);
  steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step.title} → ${step.answer}`));

  lines.push('', `${words.result}: ${current.kind === 'result' ? `${current.title} (${current.outcome})` : words.inProgress}`);
  const causes = current.kind === 'result' ? current.causes : device ? likelyCauses(settings, state.posterior) : [];
  if (causes.length > 0) {
    lines.push(`${words.causes}: ${causes.map((c) => `${c.label} (${percent(c.probability)})`).join(', ')}`);
  }
  return lines.join('\n');
}
