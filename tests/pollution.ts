// A page's script may have put any field name on Object.prototype or Array.prototype (as
// `Object.prototype.href = "javascript:…"` does). These helpers do that for a test, and undo it.

/** What a polluting script sets: links elsewhere, outcomes, flags, numbers, objects and lists. */
export const POLLUTING_VALUES: readonly unknown[] = [
  'javascript:alert(1)',
  'https://evil.example/x.png',
  'resolved',
  'safety-stop',
  true,
  1,
  0,
  {},
  ['cable'],
];

/**
 * Runs `run` with each of `names` set, as an enumerable field like an assignment makes, on
 * Object.prototype and Array.prototype (where neither has it already), and removes them after.
 */
export function withPollution<T>(names: readonly string[], valueFor: (name: string) => unknown, run: () => T): T {
  const undo = pollute(names, valueFor);
  try {
    return run();
  } finally {
    undo();
  }
}

/** Sets the fields; returns what removes them. */
export function pollute(
  names: readonly string[],
  valueFor: (name: string) => unknown,
  prototypes: object[] = [Object.prototype, Array.prototype],
): () => void {
  const added: [object, string][] = [];
  for (const prototype of prototypes) {
    for (const name of names) {
      if (Object.hasOwn(prototype, name)) continue;
      Object.defineProperty(prototype, name, { value: valueFor(name), writable: true, enumerable: true, configurable: true });
      added.push([prototype, name]);
    }
  }
  return () => {
    for (const [prototype, name] of added) delete (prototype as Record<string, unknown>)[name];
  };
}
