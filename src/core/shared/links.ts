// What a link or an address may look like, wherever one comes from (a knowledge base, a shop's settings,
// a translation): `https:`, `mailto:`, `tel:`, or relative to the page. Nothing else: not `http:`, not
// `javascript:` or `data:`, not `//other.host`. Every pattern refuses whitespace, control characters and
// backslashes anywhere: browsers drop tabs and newlines inside URLs ("java\tscript:") and read "\" as "/".

// biome-ignore-start lint/suspicious/noControlCharactersInRegex: control characters are exactly what these refuse.
/** An address relative to the page: no scheme, no `//host`. */
export const RELATIVE_LINK = /^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/\/)[^\s\\\x00-\x1f\x7f]+$/;
/** A link anywhere: https:, mailto:, tel: or relative. */
export const SAFE_LINK =
  /^(?:https:\/\/[^\s\\\x00-\x1f\x7f]+|(?:mailto|tel):[^\s\\\x00-\x1f\x7f]+|(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/\/)[^\s\\\x00-\x1f\x7f]+)$/i;
/** A web page or an image file: https: or relative. */
export const WEB_LINK = /^(?:https:\/\/[^\s\\\x00-\x1f\x7f]+|(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/\/)[^\s\\\x00-\x1f\x7f]+)$/i;
// biome-ignore-end lint/suspicious/noControlCharactersInRegex: as above.
/** Deliberately loose: it only has to keep a mailto: link well-formed. */
export const EMAIL = /^[^\s@?&#"<>]+@[^\s@?&#"<>]+\.[^\s@?&#"<>]+$/;
/** A phone number as people write it: digits, spaces, brackets, dots and dashes, a leading +. */
export const PHONE = /^\+?[0-9][0-9 ().-]{2,30}$/;

/** The `tel:` link of a phone number as people write it; "+44 (0)20 …" is dialled without its bracketed 0. */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/\(0\)/g, '').replace(/[^+0-9]/g, '')}`;
}

/**
 * The origin of an https: address (`https://cdn.example`: scheme and host, lower case, without the
 * default port), or undefined for a relative one. A pattern, not `URL`: the core runs without the DOM.
 */
export function httpsOrigin(address: string): string | undefined {
  const host = /^https:\/\/([^/?#]+)/i.exec(address)?.[1];
  return host === undefined ? undefined : `https://${host.toLowerCase().replace(/:443$/, '')}`;
}
