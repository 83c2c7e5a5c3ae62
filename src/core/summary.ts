import { formatDate } from './dates.js';
import { type EngineState, policyOf, type Settings } from './engine.js';
import { formatLongDate, formatMessage, formatPercent } from './i18n.js';
import { deviceLabel, durations, likelyCauses } from './prompts.js';
import type { Prompt } from './types.js';

export interface SummaryStep {
  promptId: string;
  title: string;
  answer: string;
}

/** The plain-text hand-off a shopper pastes into a support ticket, in the session's language. */
export function writeSummary(settings: Settings, state: EngineState, current: Prompt, steps: readonly SummaryStep[]): string {
  const { locale } = settings;
  const words = settings.messages.summary;
  const device = state.device;
  const lines = [
    words.heading,
    `${words.device}: ${device ? `${deviceLabel(settings, device.device)} (${device.device.id})` : words.noDevice}`,
  ];

  const ageAnswer = steps.find((step) => step.promptId === 'age');
  // The date in the shopper's format, and in ISO for a support agent anywhere.
  let purchased = settings.purchaseDate
    ? `${formatLongDate(locale, settings.purchaseDate)} (${formatDate(settings.purchaseDate)})`
    : words.notGiven;
  if (device && state.ageBand && settings.purchaseDate) {
    purchased += `, ${formatMessage(words.bands[state.ageBand], durations(settings, policyOf(settings, device)))}`;
  } else if (ageAnswer) purchased += `; ${formatMessage(words.shopperSaid, { answer: ageAnswer.answer })}`;
  lines.push(`${words.purchased}: ${purchased}`, '', `${words.steps}:`);

  if (steps.length === 0) lines.push(`  ${words.noSteps}`);
  steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step.title} → ${step.answer}`));

  lines.push('', `${words.result}: ${current.kind === 'result' ? `${current.title} (${current.outcome})` : words.inProgress}`);
  const causes = current.kind === 'result' ? current.causes : device ? likelyCauses(settings, state.posterior) : [];
  if (causes.length > 0) {
    lines.push(`${words.causes}: ${causes.map((c) => `${c.label} (${formatPercent(locale, c.probability)})`).join(', ')}`);
  }
  return lines.join('\n');
}
