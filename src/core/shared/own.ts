// Data from outside (a knowledge base, a translation, options, saved progress) is read through copies
// made of its own fields only. A script elsewhere on the page may have put `href`, `outcome` or `image`
// on Object.prototype: a field the data lacks would otherwise be read from there.

/**
 * A deep copy of plain data, its objects without a prototype: an absent field reads as undefined, never
 * as something inherited. Only own enumerable fields are copied (no getters run twice, no `toJSON`), and
 * arrays stay arrays. `skip` leaves out fields by name (the knowledge base's free "$" notes).
 */
export function ownCopy<T>(value: T, skip?: (key: string) => boolean): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return Array.from(value, (item) => ownCopy(item, skip)) as T;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (skip === undefined || !skip(key)) copy[key] = ownCopy((value as Record<string, unknown>)[key], skip);
  }
  return copy as T;
}

/** The own fields of an options object, one level deep: nested values keep their identity (a knowledge base is known by it). */
export function ownFields<T extends object>(value: T): T {
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = (value as Record<string, unknown>)[key];
  return copy as T;
}
