import { parseJson } from '../../core/index.js';
import type { LauncherSize } from '../charge-troubleshooter-launcher/charge-troubleshooter-launcher.component.js';

/** `launcher` alone is launcher mode at its automatic size; `launcher="compact"` or `"full"` fixes it. */
export const launcherMode = {
  fromAttribute: (value: string | null): boolean | LauncherSize =>
    value === null ? false : value === 'compact' || value === 'full' ? value : true,
  toAttribute: (value: boolean | LauncherSize) => (value === false ? null : value === true || value === 'auto' ? '' : value),
};

/**
 * The `accessories` attribute holds JSON, read by the widget's own reader (objects without a prototype, the
 * page's `JSON.parse` never involved); what does not parse is kept as the error, shown when the session starts.
 */
export const accessoriesJson = {
  fromAttribute: (value: string | null): unknown => {
    if (value === null) return undefined;
    try {
      return parseJson(value);
    } catch (error) {
      return new SyntaxError(`The accessories attribute is not valid JSON (${(error as Error).message})`);
    }
  },
};
