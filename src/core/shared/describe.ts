/**
 * A value in words, for an error message: whatever it is (a bigint, a symbol, an object that refers to
 * itself), this never throws, so the error about a bad value is always the documented one.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
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
