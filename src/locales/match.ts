// No imports: the lazy launcher matches languages too, and carries nothing else of the locales.

/** Like `matchLocale`, but undefined when nothing matches. */
export function bestMatch(
  requested: string | readonly (string | null | undefined)[] | undefined,
  available: Iterable<string>,
): string | undefined {
  const candidates = (typeof requested === 'string' ? [requested] : (requested ?? [])).filter((tag): tag is string => !!tag);
  const known = new Map([...available].map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of candidates) {
    const lower = tag.toLowerCase();
    const match = known.get(lower) ?? known.get(lower.split('-')[0]!);
    if (match !== undefined) return match;
  }
  return undefined;
}
