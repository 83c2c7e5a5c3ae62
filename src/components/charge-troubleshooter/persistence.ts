import type { ProgressStore, SavedProgress } from '../../core/index.js';

const PREFIX = 'charge-troubleshooter:v1:';

/** One key per device, so two widgets for different devices keep separate progress. */
export function storageKey(device: string | undefined): string {
  return PREFIX + (device ?? 'any-device');
}

/**
 * Progress in localStorage under `key`. Storage that throws (private mode, a sandboxed iframe)
 * counts as empty and only costs the resume; unreadable data is discarded with a warning, never
 * thrown at the host page.
 */
export function localStore(key: string): ProgressStore {
  const discard = (why: string) => {
    console.warn(`<charge-troubleshooter>: discarded the saved session (${why}); starting afresh.`);
    clear();
  };
  const clear = () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing to clear where storage is blocked.
    }
  };
  return {
    load() {
      let raw: string | null;
      try {
        raw = localStorage.getItem(key);
      } catch {
        return undefined;
      }
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        discard('it is not valid JSON');
        return undefined;
      }
    },
    save(progress: SavedProgress) {
      try {
        localStorage.setItem(key, JSON.stringify(progress));
      } catch {
        // Full or blocked storage only costs the shopper the resume-after-reload.
      }
    },
    clear,
    discard,
  };
}

/** The controller's options for a widget with `persist`: progress kept per device for `keepDays`; none without. */
export function persistenceOptions(
  persist: boolean,
  device: string | undefined,
  keepDays: number,
): { store: ProgressStore; keepDays: number } | Record<string, never> {
  return persist ? { store: localStore(storageKey(device || undefined)), keepDays } : {};
}
