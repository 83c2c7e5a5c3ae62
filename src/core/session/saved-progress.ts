import { fingerprint } from '../shared/index.js';
import type { KnowledgeBase, SessionSnapshot, Shop } from '../types.js';

/** What a session keeps across page loads: the snapshot, and the running wait timer if any. */
export interface SavedProgress {
  snapshot: SessionSnapshot;
  timer?: Timer;
  /** When it was saved (ms since the epoch, by the controller's clock): what `keepDays` counts from. */
  savedAt?: number;
  /** When the shopper started this session (ms since the epoch): what a welcome back says. */
  startedAt?: number;
  /** Whose it is: the knowledge base (id and version), the shop and the order (see `progressScope`). */
  scope?: string;
  /**
   * Counts up with every save of this session, in any tab: a view that last saw a lower one is behind,
   * and follows the saved one rather than overwriting it.
   */
  revision?: number;
}

/** An action's wait timer: which prompt, and when the shopper started it (ms since the epoch). */
export interface Timer {
  promptId: string;
  startedAt: number;
}

/** Where a controller keeps progress between page loads (the widget: localStorage, one key per device and shop). */
export interface ProgressStore {
  /** The saved progress, or undefined; never throws. */
  load(): unknown;
  save(progress: SavedProgress): void;
  clear(): void;
  /** Saved progress could not be used: forget it, and say why. */
  discard(why: string): void;
}

const DAY = 24 * 60 * 60 * 1000;
/**
 * How far ahead of this clock a time from storage may be and still be believed: minutes, as between two
 * devices' clocks or a clock put back by hand (2 minutes must not cost the shopper their progress).
 * Further ahead is a clock that was wrong, or storage that was edited.
 */
export const CLOCK_SKEW = 10 * 60 * 1000;

/** The shop and the order, as one fingerprint: the parts that say whose progress it is. */
function shopFingerprint(shop: Shop | undefined, ...more: (string | undefined)[]): string {
  const { name, email, url, returnUrl, orderNumber } = shop ?? {};
  return fingerprint([name, email, url, returnUrl, orderNumber, ...more].map((part) => part ?? '').join('\u0000'));
}

/**
 * Whose saved progress this is: the knowledge base (id and version: another version's answers may lead
 * elsewhere), the shop (two shops on one origin) and the order (two shoppers on one computer). The shop
 * and the order go in as a fingerprint, never in clear text. The controller writes it with every save
 * and resumes only progress that has its own.
 */
export function progressScope(knowledgeBase: Pick<KnowledgeBase, 'id' | 'version'>, shop: Shop | undefined): string {
  return `${knowledgeBase.id ?? ''}@${knowledgeBase.version ?? ''}#${shopFingerprint(shop)}`;
}

/**
 * A storage key's own part for one device's progress at one shop and order, from what is known before
 * the knowledge base has loaded (`source`: its address, if fetched): two shops on one origin, or two
 * orders, keep apart and never overwrite each other's progress.
 */
export function progressKey(device: string | undefined, shop: Shop | undefined, source: string | undefined): string {
  const named = device === undefined ? 'any-device' : /^[\w-]{1,64}$/.test(device) ? device : fingerprint(device);
  return `${named}:${shopFingerprint(shop, source)}`;
}

/** Saved progress whose header holds: dated, believable, ours. */
export type Dated = SavedProgress & { savedAt: number; revision: number };

/** What the controller expects of saved progress it may resume. */
export interface Expected {
  now: number;
  keepDays: number;
  scope: string;
  device: string | undefined;
}

/**
 * Saved progress checked before its answers are replayed: what to resume from, or why not and whether
 * that deserves a warning (corrupt or tampered data does; progress kept long enough, or of another
 * knowledge-base version, shop or order, is simply not this session's).
 */
export function readSavedProgress(saved: unknown, expected: Expected): { use: Dated } | { drop: string; warn: boolean } {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return { drop: 'it is not an object', warn: true };
  const progress = saved as Partial<SavedProgress>;
  const { savedAt, revision, scope, snapshot } = progress;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return { drop: 'it has no date', warn: true };
  if (savedAt > expected.now + CLOCK_SKEW) return { drop: 'it was saved in the future', warn: true };
  if (expected.now - savedAt > expected.keepDays * DAY) return { drop: 'it was kept long enough', warn: false };
  if (typeof scope !== 'string' || !Number.isSafeInteger(revision) || (revision as number) < 0) {
    return { drop: 'it was saved by an older version, or has no header', warn: true };
  }
  if (scope !== expected.scope) return { drop: 'it is for another knowledge base, shop or order', warn: false };
  const device = (snapshot as Partial<SessionSnapshot> | undefined)?.device;
  if (expected.device !== undefined && device !== expected.device) {
    return { drop: `it is for another device (${typeof device === 'string' ? device : 'none'})`, warn: true };
  }
  return { use: progress as Dated };
}

/**
 * A time from storage believed only within what can be: not further in the future than the skew (and
 * then taken as now), not before `keepDays`.
 */
export function believableTime(time: unknown, now: number, keepDays: number): number | undefined {
  if (typeof time !== 'number' || !Number.isFinite(time)) return undefined;
  if (time > now + CLOCK_SKEW || now - time > keepDays * DAY) return undefined;
  return Math.min(time, now);
}
