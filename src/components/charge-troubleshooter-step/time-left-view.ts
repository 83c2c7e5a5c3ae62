import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration, formatMessage, type TimeLeft } from '../../core/index.js';
import type { UiMessages } from '../../locales/types.js';

/**
 * "Usually about 35 minutes, mostly waiting", with why it went up if it did; how long at most only for
 * the shopper who opens it (a rare four-hour drying would scare everyone off). Nothing below a minute.
 */
export function timeLeftView(
  { expected, mostlyWaiting, upTo, rose }: TimeLeft,
  locale: string,
  words: UiMessages,
): TemplateResult | typeof nothing {
  if (expected < 1) return nothing;
  const usually = formatMessage(mostlyWaiting ? words.timeLeftWaiting : words.timeLeft, { duration: formatDuration(locale, expected) });
  return html`<p part="meta" class="meta">${usually}${rose ? html` <span part="longer">${words.timeLeftLonger}</span>` : nothing}</p>
    ${
      upTo > expected
        ? html`<details part="at-most" class="meta at-most">
          <summary part="at-most-toggle">${words.timeLeftAtMost}</summary>
          <p>${formatMessage(words.timeLeftUpTo, { duration: formatDuration(locale, upTo) })}</p>
        </details>`
        : nothing
    }`;
}
