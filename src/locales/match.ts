// No imports: the lazy launcher matches languages too, and carries nothing else of the locales.

/**
 * The one language-tag matcher: the best match for the requested tags among `available`, the exact
 * tag first, then the language alone (`de-AT` → `de`), in order of preference; undefined when
 * nothing matches. Case does not matter; the answer is spelled as in `available`.
 */
export function bestMatch(
  requested: string | readonly (string | null | undefined)[] | undefined,
  available: Iterable<string>,
): string | undefined {
  const candidates = (typeof requested === 'string' ? [requested] : (requested ?? [])).filter((tag): tag is string => !!tag);
  const known = new Map([...available].map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of candidates) {
    const lower = tag.toLowerCase();
    const match = known.get(lower) ?? known.get(primaryLanguage(lower));
    if (match !== undefined) return match;
  }
  return undefined;
}

/** The language alone, without region or script: `de` of `de-AT`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

export function isRightToLeft(tag: string): boolean {
  return RIGHT_TO_LEFT.has(primaryLanguage(tag));
}
