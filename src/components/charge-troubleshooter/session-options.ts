import { type Clock, type ControllerOptions, type CoreLocale, type Shop, toClock, truncate } from '../../core/index.js';
import { webLink } from '../shared/web-link.js';
import type { ChargeTroubleshooter } from './charge-troubleshooter.component.js';
import { isBuiltInKnowledgeBase, knowledgeBaseFrom } from './knowledge-base-source.js';
import { persistenceOptions, storageKey } from './persistence.js';

/** The longest `persist-days` believed: a year. More is a typo, or a wish to keep a shopper's progress for good. */
const MAX_PERSIST_DAYS = 366;

/** Inputs that start a new session when they change (a saved one resumes, with `persist`). */
export const SESSION_INPUTS = [
  'device',
  'purchaseDate',
  'returnDays',
  'region',
  'legalGuaranteeMonths',
  'knowledgeBase',
  'src',
  'loadTimeout',
  'persist',
  'persistDays',
  'shopName',
  'supportEmail',
  'supportUrl',
  'supportPhone',
  'orderNumber',
  'accessories',
  'returnUrl',
  'replaceUrl',
  'imageOrigins',
] as const;

/**
 * The knowledge base the widget's inputs name (loading, when fetched, on the widget's clock); a bad
 * setting is a rejected promise, which the controller shows as the error.
 */
export function knowledgeBaseOf(widget: ChargeTroubleshooter): Promise<unknown> {
  try {
    shopOf(widget); // a malformed accessories, return-url or replace-url attribute is the error to show
    const { loadTimeout } = widget;
    if (!(Number.isFinite(loadTimeout) && loadTimeout > 0)) {
      throw new RangeError(
        `load-timeout must be a number of seconds above 0, not ${truncate(widget.getAttribute('load-timeout') ?? String(loadTimeout))}`,
      );
    }
    const { persist, persistDays } = widget;
    if (persist && !(Number.isFinite(persistDays) && persistDays > 0 && persistDays <= MAX_PERSIST_DAYS)) {
      throw new RangeError(
        `persist-days must be a number of days above 0, up to ${MAX_PERSIST_DAYS}, not ${widget.getAttribute('persist-days')?.slice(0, 60) ?? persistDays}`,
      );
    }
    return knowledgeBaseFrom(widget.knowledgeBase, widget.src, loadTimeout, clockOf(widget));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The controller's options from the widget's inputs, for a knowledge base already on its way. */
export function controllerOptionsOf(
  widget: ChargeTroubleshooter,
  knowledgeBase: Promise<unknown>,
  locale: Promise<CoreLocale>,
): ControllerOptions {
  const { device, purchaseDate, returnDays, region, legalGuaranteeMonths } = widget;
  const shop = shopOrNone(widget);
  return {
    knowledgeBase,
    trusted: isBuiltInKnowledgeBase,
    locale,
    ...(device ? { device } : {}),
    ...(purchaseDate ? { purchaseDate } : {}),
    ...(returnDays !== undefined && returnDays !== null ? { returnDays } : {}),
    ...(region ? { region } : {}),
    ...(legalGuaranteeMonths !== undefined && legalGuaranteeMonths !== null ? { legalGuaranteeMonths } : {}),
    ...(shop ? { shop } : {}),
    ...(widget.imageOrigins ? { imageOrigins: widget.imageOrigins.trim().split(/\s+/) } : {}),
    ...persistenceOptions(storageKeyOf(widget, shop), device, widget.persistDays),
    clock: clockOf(widget),
  };
}

/**
 * Where the widget keeps progress, with `persist`: one key per device, shop (with its order) and
 * knowledge-base source. Undefined without `persist`.
 */
export function storageKeyOf(widget: ChargeTroubleshooter, shop = shopOrNone(widget)): string | undefined {
  return widget.persist ? storageKey(widget.device || undefined, shop, widget.src || undefined) : undefined;
}

/** The shop's settings, or none when they are malformed (the knowledge base's error shows that). */
function shopOrNone(widget: ChargeTroubleshooter): Shop | undefined {
  try {
    return shopOf(widget);
  } catch {
    return undefined;
  }
}

/**
 * The widget's one clock: whatever its `clock` property holds when asked (a bare time source made a
 * whole clock), so a page or a test may swap it without starting the session again.
 */
export function clockOf(widget: ChargeTroubleshooter): Clock {
  return {
    now: () => toClock(widget.clock).now(),
    after: (ms, callback) => toClock(widget.clock).after(ms, callback),
    monotonic: () => toClock(widget.clock).monotonic?.(),
  };
}

/**
 * A shop's page from an attribute (`/returns` is the shop's own, resolved where it is shown); anything
 * but an https: or relative address (`javascript:`, `http:`) is thrown, to show as the error.
 */
function pageOf<K extends 'returnUrl' | 'replaceUrl'>(key: K, attribute: string, value: string | undefined): Partial<Record<K, string>> {
  if (!value) return {};
  if (webLink(value) === undefined)
    throw new RangeError(`${attribute} must be a web page (an https: address or one relative to the page), not "${truncate(value)}"`);
  return { [key]: value } as Partial<Record<K, string>>;
}

/** The shop's settings from its attributes; a malformed `accessories` is thrown, to show as the error. */
function shopOf(widget: ChargeTroubleshooter): Shop | undefined {
  if (widget.accessories instanceof Error) throw widget.accessories;
  const shop: Shop = {
    ...(widget.shopName ? { name: widget.shopName } : {}),
    ...(widget.supportEmail ? { email: widget.supportEmail } : {}),
    ...(widget.supportUrl ? { url: widget.supportUrl } : {}),
    ...(widget.supportPhone ? { phone: widget.supportPhone } : {}),
    ...(widget.orderNumber ? { orderNumber: widget.orderNumber } : {}),
    ...(widget.accessories ? { accessories: widget.accessories } : {}),
    ...pageOf('returnUrl', 'return-url', widget.returnUrl),
    ...pageOf('replaceUrl', 'replace-url', widget.replaceUrl),
  };
  return Object.keys(shop).length > 0 ? shop : undefined;
}
