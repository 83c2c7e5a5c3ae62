import { type ProgressStore, parseJson, progressKey, type SavedProgress, type Shop, toJson } from '../../core/index.js';

const PREFIX = 'charge-troubleshooter:v2:';
/**
 * Version 1 kept one key per device, for any shop and order. Its progress is not carried over: it
 * names no shop or order, so it could be another shopper's (0.x, unreleased: nobody loses much).
 */
const LEGACY_PREFIX = 'charge-troubleshooter:v1:';

/**
 * One key per device, shop (with its order number) and knowledge-base source: two widgets for different
 * devices, two shops on one origin and two orders on one computer keep apart.
 */
export function storageKey(device: string | undefined, shop: Shop | undefined, source: string | undefined): string {
  return PREFIX + progressKey(device, shop, source);
}

/** Storage that may throw (private mode, a sandboxed iframe) as something that never does. */
function quietly<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

/**
 * Progress in localStorage under `key`, written and read by our own JSON code (a page's patched
 * `JSON.parse` or `Array.prototype.toJSON` cannot change it). Storage that throws counts as empty and
 * only costs the resume; unreadable data is discarded with a warning, never thrown at the host page.
 */
export function localStore(key: string, legacyKey: string): ProgressStore {
  const warn = (why: string) => console.warn(`<charge-troubleshooter>: discarded the saved session (${why}); starting afresh.`);
  const clear = () => quietly(() => localStorage.removeItem(key));
  const discard = (why: string) => {
    warn(why);
    clear();
  };
  return {
    load() {
      if (quietly(() => localStorage.getItem(legacyKey)) != null) {
        quietly(() => localStorage.removeItem(legacyKey));
        warn('it was saved by an older version, for no particular shop or order');
      }
      const raw = quietly(() => localStorage.getItem(key));
      if (raw == null) return undefined;
      try {
        return parseJson(raw);
      } catch {
        discard('it is not valid JSON');
        return undefined;
      }
    },
    save(progress: SavedProgress) {
      // Full or blocked storage only costs the shopper the resume-after-reload.
      quietly(() => localStorage.setItem(key, toJson(progress)));
    },
    clear,
    discard,
  };
}

/** Calls `onChange` when another tab changes what is saved under `key`; the function returned stops it. */
export function watchStorage(key: string, onChange: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === key && event.storageArea === quietly(() => localStorage)) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** The controller's options for a widget with `persist` (a storage key): progress kept for `keepDays`; none without. */
export function persistenceOptions(
  key: string | undefined,
  device: string | undefined,
  keepDays: number,
): { store: ProgressStore; keepDays: number } | Record<string, never> {
  return key === undefined ? {} : { store: localStore(key, LEGACY_PREFIX + (device || 'any-device')), keepDays };
}
