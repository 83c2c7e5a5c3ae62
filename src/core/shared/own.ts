// Data from outside (a knowledge base, a translation, options, saved progress) is read through copies
// made of its own fields only. A script elsewhere on the page may have put `href`, `outcome` or `image`
// on Object.prototype: a field the data lacks would otherwise be read from there.

/**
 * A deep copy of plain data, its objects without a prototype: an absent field reads as undefined, never
 * as something inherited. Only own enumerable fields are copied (no getters run twice, no `toJSON`), and
 * arrays stay arrays. `skip` leaves out fields by name (the knowledge base's free "$" notes).
 */
export function ownCopy<T>(value: T, skip?: (key: string) => boolean, within = new Set<object>()): T {
  if (typeof value !== 'object' || value === null) return value;
  // Data is a tree: an object inside itself would never end, and is no JSON anyone wrote.
  if (within.has(value)) throw new TypeError('the data contains itself (a cycle), which JSON cannot');
  within.add(value);
  let copy: unknown;
  if (Array.isArray(value)) copy = Array.from(value, (item) => ownCopy(item, skip, within));
  else {
    const fields = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      if (skip === undefined || !skip(key)) fields[key] = ownCopy((value as Record<string, unknown>)[key], skip, within);
    }
    copy = fields;
  }
  within.delete(value);
  return copy as T;
}

/** The own fields of an options object, one level deep: nested values keep their identity (a knowledge base is known by it). */
export function ownFields<T extends object>(value: T): T {
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = (value as Record<string, unknown>)[key];
  return copy as T;
}
