/** An absolute http(s) URL for `href`, resolved against the page; anything else (javascript:, data:) is dropped. */
export function webLink(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
