/** How much of a text from outside (an attribute, an id, an address) an error message or a screen echoes. */
export const ECHOED_LENGTH = 80;

/**
 * At most `max` characters of `text`, cut with "…": a megabyte-long attribute echoed into a message
 * would swamp the screen, the page's error event and its logs. Never splits a surrogate pair.
 */
export function truncate(text: string, max = ECHOED_LENGTH): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** The first few of a long list, then how many more: "a, b, c, d, e and 4995 more". */
export function someOf(items: readonly string[], shown = 5): string {
  const listed = items
    .slice(0, shown)
    .map((item) => truncate(item))
    .join(', ');
  return items.length > shown ? `${listed} and ${items.length - shown} more` : listed;
}

/**
 * A value in words, for an error message: whatever it is (a bigint, a symbol, an object that refers to
 * itself), this never throws, so the error about a bad value is always the documented one.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(truncate(value, 41))}`;
    case 'bigint':
      return `the bigint ${value}`;
    case 'object':
      return 'an object';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return `${typeof value} ${String(value)}`;
  }
}
