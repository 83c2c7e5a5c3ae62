// What a link or an address may look like, wherever one comes from (a knowledge base, a shop's settings).

/**
 * The whole href must be one allowed scheme and no whitespace or control characters anywhere:
 * browsers drop tabs and newlines inside URLs, so "java\tscript:" would otherwise slip through.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what the check refuses.
export const SAFE_LINK = /^(?:https?:\/\/[^\s\x00-\x1f\x7f]+|(?:mailto|tel):[^\s\x00-\x1f\x7f]+)$/i;
/** A web page: `https:` or `http:` only. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
export const WEB_LINK = /^https?:\/\/[^\s\x00-\x1f\x7f]+$/i;
/** Deliberately loose: it only has to keep a mailto: link well-formed. */
export const EMAIL = /^[^\s@?&#"<>]+@[^\s@?&#"<>]+\.[^\s@?&#"<>]+$/;
/** A phone number as people write it: digits, spaces, brackets, dots and dashes, a leading +. */
export const PHONE = /^\+?[0-9][0-9 ().-]{2,30}$/;

/** The `tel:` link of a phone number as people write it; "+44 (0)20 …" is dialled without its bracketed 0. */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/\(0\)/g, '').replace(/[^+0-9]/g, '')}`;
}
