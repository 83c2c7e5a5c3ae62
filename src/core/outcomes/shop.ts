import type { Model } from '../model/index.js';
import { describe, EMAIL, formatMessage, ownCopy, PHONE, telLink, WEB_LINK } from '../shared/index.js';
import type { Contact, Link, Shop } from '../types.js';
import type { Words } from './words.js';

/**
 * The shop's settings, checked: each field the right kind of text, links to web pages only, and
 * accessories for causes the knowledge base knows. A RangeError names the field.
 */
export function readShop(shop: unknown, model: Model): Shop | undefined {
  if (shop === undefined) return undefined;
  if (typeof shop !== 'object' || shop === null || Array.isArray(shop)) throw new RangeError('shop must be an object');
  const fail = (field: string, why: string): never => {
    throw new RangeError(`shop.${field} ${why}`);
  };
  const given = ownCopy(shop) as Record<string, unknown>;
  const text = (field: string, pattern?: RegExp, kind = 'text') => {
    const value = given[field];
    if (value === undefined) return;
    if (typeof value !== 'string' || value.trim() === '' || value.length > 200 || (pattern && !pattern.test(value))) {
      fail(field, `must be ${kind}, not ${describe(value)}`);
    }
  };
  for (const field of Object.keys(given)) {
    if (!['name', 'email', 'url', 'phone', 'orderNumber', 'accessories', 'returnUrl', 'replaceUrl'].includes(field))
      fail(field, 'is not a shop setting');
  }
  text('name');
  text('orderNumber');
  text('email', EMAIL, 'an email address');
  text('url', WEB_LINK, 'an https: address or one relative to the page');
  text('returnUrl', WEB_LINK, 'an https: address or one relative to the page');
  text('replaceUrl', WEB_LINK, 'an https: address or one relative to the page');
  text('phone', PHONE, 'a phone number');
  const accessories = given.accessories;
  if (accessories !== undefined) {
    if (typeof accessories !== 'object' || accessories === null || Array.isArray(accessories)) fail('accessories', 'must be an object');
    for (const [cause, link] of Object.entries(accessories as Record<string, unknown>)) {
      if (!model.causeIndex.has(cause)) fail(`accessories.${cause}`, 'names a cause the knowledge base does not have');
      const { label, href } = (link ?? {}) as Partial<Link>;
      if (typeof label !== 'string' || label.trim() === '') fail(`accessories.${cause}.label`, 'must be text');
      if (typeof href !== 'string' || !WEB_LINK.test(href))
        fail(`accessories.${cause}.href`, 'must be an https: address or one relative to the page');
    }
  }
  return given as Shop;
}

/** The shop's ways to be reached, email first: an email carries the summary, the others need retyping. */
export function shopContacts(shop: Shop | undefined, { messages }: Words): Contact[] {
  if (shop === undefined) return [];
  const who = shop.name ?? messages.theShop;
  const contacts: Contact[] = [];
  if (shop.email) contacts.push({ kind: 'email', href: `mailto:${shop.email}`, label: shop.email, from: 'shop', who });
  if (shop.phone) contacts.push({ kind: 'phone', href: telLink(shop.phone), label: shop.phone, from: 'shop', who });
  if (shop.url) {
    const site = shop.url.replace(/^https?:\/\/([^/?#]+).*$/i, '$1');
    contacts.push({ kind: 'link', href: shop.url, label: formatMessage(messages.shopPage, { who, site }), from: 'shop', who });
  }
  return contacts;
}
