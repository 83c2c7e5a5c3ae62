import { SAFE_LINK, WEB_LINK } from '../../core/index.js';

// The renderer's own check of every address it puts in an attribute, after the validator's: whatever
// reached it, only https:, mailto:, tel: and relative addresses become links.

/** A web page's address (https:, or relative to the page) resolved against the page; anything else is undefined. */
export function webLink(href: string | undefined): string | undefined {
  if (href === undefined || !WEB_LINK.test(href)) return undefined;
  try {
    return new URL(href, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/** `href` if it is an allowed link (https:, mailto:, tel:, relative), else undefined: shown as text, not followed. */
export function safeLink(href: string | undefined): string | undefined {
  return href !== undefined && SAFE_LINK.test(href) ? href : undefined;
}
