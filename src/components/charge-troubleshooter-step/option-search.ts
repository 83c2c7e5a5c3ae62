/** An answer the search looks through: its label and, in the device picker, its brand. */
export interface SearchableOption {
  label: string;
  group?: string;
}

/** Lower case without accents: "Écouteurs" is found by "ecouteurs", "OpenRun" by "openrun". */
export function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query: a brand, a model, part of a name; separators are not words. */
export function queryWords(query: string): string[] {
  return folded(query)
    .split(/[\s,;/_.-]+/u)
    .filter((word) => word !== '');
}

// The folded text of each list of options, made once per list: a keystroke then scans strings only.
const searchTexts = new WeakMap<readonly SearchableOption[], string[]>();

/**
 * The options every word of `query` appears in (in the label or the brand), in their order; every
 * option for a query without words.
 */
export function matchingOptions<O extends SearchableOption>(options: readonly O[], query: string): O[] {
  const words = queryWords(query);
  if (words.length === 0) return [...options];
  let texts = searchTexts.get(options);
  if (texts === undefined) {
    texts = options.map((option) => folded(`${option.group ?? ''} ${option.label}`));
    searchTexts.set(options, texts);
  }
  const found = texts;
  return options.filter((_, i) => words.every((word) => found[i]!.includes(word)));
}
