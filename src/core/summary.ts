import { formatDate } from './dates.js';
import { deviceOf, policyOf, type Settings } from './engine.js';
import { formatLongDate, formatMessage, formatPercent } from './format.js';
import { deviceLabel, durations, likelyCauses, type Words } from './prompts.js';
import type { Prompt, SessionState } from './types.js';

export interface SummaryStep {
  promptId: string;
  title: string;
  answer: string;
}

/** The plain-text hand-off a shopper pastes into a support ticket, in the session's language. */
export function writeSummary(
  settings: Settings,
  words: Words,
  state: SessionState,
  current: Prompt,
  steps: readonly SummaryStep[],
): string {
  const { locale } = words;
  const text = words.messages.summary;
  const device = deviceOf(settings, state);
  const lines = [text.heading, `${text.device}: ${device ? `${deviceLabel(words, device.device)} (${device.device.id})` : text.noDevice}`];

  const ageAnswer = steps.find((step) => step.promptId === 'age');
  // The date in the shopper's format, and in ISO for a support agent anywhere.
  let purchased = settings.purchaseDate
    ? `${formatLongDate(locale, settings.purchaseDate)} (${formatDate(settings.purchaseDate)})`
    : text.notGiven;
  if (device && state.ageBand && settings.purchaseDate) {
    purchased += `, ${formatMessage(text.bands[state.ageBand], durations(settings, words, policyOf(settings, device)))}`;
  } else if (ageAnswer) purchased += `; ${formatMessage(text.shopperSaid, { answer: ageAnswer.answer })}`;
  lines.push(`${text.purchased}: ${purchased}`, '', `${text.steps}:`);

  if (steps.length === 0) lines.push(`  ${text.noSteps}`);
  steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step.title} → ${step.answer}`));

  lines.push('', `${text.result}: ${current.kind === 'result' ? `${current.title} (${current.outcome})` : text.inProgress}`);
  const causes = current.kind === 'result' ? current.causes : device ? likelyCauses(settings.model, words, state.beliefs) : [];
  if (causes.length > 0) {
    lines.push(`${text.causes}: ${causes.map((c) => `${c.label} (${formatPercent(locale, c.probability)})`).join(', ')}`);
  }
  return lines.join('\n');
}
