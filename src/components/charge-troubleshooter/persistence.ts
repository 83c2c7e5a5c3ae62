import type { SessionSnapshot } from '../../core/index.js';

/** What the widget keeps across page loads with `persist`. */
export interface SavedProgress {
  snapshot: SessionSnapshot;
  /** The running waiting timer of the current action, if any. */
  timer?: { promptId: string; startedAt: number };
}

const PREFIX = 'charge-troubleshooter:v1:';

/** One key per device, so two widgets for different devices keep separate progress. */
export function storageKey(device: string | undefined): string {
  return PREFIX + (device ?? 'any-device');
}

/**
 * The saved progress, or undefined. Storage that throws (private mode, a sandboxed iframe) counts
 * as empty; unreadable data is discarded with a warning, never thrown at the host page.
 */
export function loadProgress(key: string): unknown {
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
    discardProgress(key, 'it is not valid JSON');
    return undefined;
  }
}

export function saveProgress(key: string, progress: SavedProgress): void {
  try {
    localStorage.setItem(key, JSON.stringify(progress));
  } catch {
    // Full or blocked storage only costs the shopper the resume-after-reload.
  }
}

export function clearProgress(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}

export function discardProgress(key: string, why: string): void {
  console.warn(`<charge-troubleshooter>: discarded the saved session (${why}); starting afresh.`);
  clearProgress(key);
}
