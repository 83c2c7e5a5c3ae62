import { deviceOf, policyOf, type Settings } from '../engine/index.js';
import { formatDate, formatLongDate, formatMessage, formatPercent, listFormat, numberFormat } from '../shared/index.js';
import type { Prompt, SessionState } from '../types.js';
import { likelyCauses } from './result.js';
import { deviceLabel, durations, type Words } from './words.js';

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
  // Words only, no internal ids: a support agent reads this, not a program. Punctuation comes with
  // the language (Arabic writes its own comma and semicolon).
  const line = (label: string, value: string) => formatMessage(text.line, { label, value });
  const lines = [text.heading];
  const { shop } = settings;
  if (shop?.name) lines.push(line(text.shop, shop.name));
  if (shop?.orderNumber) lines.push(line(text.order, shop.orderNumber));
  lines.push(line(text.device, device ? deviceLabel(words, device.device) : text.noDevice));

  const ageAnswer = steps.find((step) => step.promptId === 'age');
  // The date in the shopper's format, and in ISO for a support agent anywhere.
  let purchased = settings.purchaseDate
    ? `${formatLongDate(locale, settings.purchaseDate)} (${formatDate(settings.purchaseDate)})`
    : text.notGiven;
  if (device && state.ageBand && settings.purchaseDate) {
    const band = formatMessage(text.bands[state.ageBand], durations(settings, words, policyOf(settings, device)));
    purchased = formatMessage(text.dateAndBand, { date: purchased, band });
  } else if (ageAnswer) {
    purchased = formatMessage(text.dateAndAnswer, {
      date: purchased,
      answer: formatMessage(text.shopperSaid, { answer: ageAnswer.answer }),
    });
  }
  lines.push(line(text.purchased, purchased), '', line(text.steps, '').trimEnd());

  const number = numberFormat(locale, 'decimal');
  if (steps.length === 0) lines.push(`  ${text.noSteps}`);
  steps.forEach((step, i) =>
    lines.push(`  ${formatMessage(text.step, { n: number.format(i + 1), step: step.title, answer: step.answer })}`),
  );

  lines.push('', line(text.result, current.kind === 'result' ? current.title : text.inProgress));
  const causes = current.kind === 'result' ? current.causes : device ? likelyCauses(settings.model, words, state.beliefs) : [];
  if (causes.length > 0) {
    const likely = causes.map((c) =>
      formatMessage(text.likelyCause, {
        cause: c.label,
        likelihood: words.messages.likelihood[c.likelihood],
        percent: formatPercent(locale, c.probability),
      }),
    );
    lines.push(line(text.causes, listFormat(locale, 'unit').format(likely)));
  }
  // For the returns desk: its verdict on the product finds this session's outcome record by it.
  lines.push('', line(text.reference, settings.origin.id!));
  return lines.join('\n');
}
