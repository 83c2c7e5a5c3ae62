import type { Settings } from '../engine/index.js';
import type { CalendarDate } from '../shared/index.js';
import type { HistoryEntry, OutcomeRecord, Prompt } from '../types.js';

/** The outcome record's format; `learn` reads this version. */
export const RECORD_VERSION = 1;

/** A session id: letters, digits, `_` and `-`, up to 64 (a shop may give its own). */
export const SESSION_ID = /^[\w-]{1,64}$/;
export const SESSION_ID_RULE = '1 to 64 letters, digits, "_" or "-"';

/**
 * A random id for a session, not for a shopper: 64 bits from the platform's CSPRNG, enough that two
 * sessions of one shop never share it. `getRandomValues` (unlike `randomUUID`) works on plain-http pages too.
 */
export function newSessionId(): string {
  const { crypto } = globalThis as unknown as { crypto: { getRandomValues(bytes: Uint8Array): Uint8Array } };
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whole months from purchase to today: enough for learning, and no date that could single out a shopper. */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const months = (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0);
  return Math.max(0, months);
}

/** Writes a history as the record's path: `promptId:optionId` pairs, one space apart (ids have neither). */
export function pathOf(history: readonly HistoryEntry[]): string {
  return history.map(({ promptId, optionId }) => `${promptId}:${optionId}`).join(' ');
}

/**
 * The record of a session: how it ended, or, before its end, `abandoned` with what was answered so far
 * (what `learn` reads as censored evidence: the answers count, the missing end is not "not fixed").
 * Throws before a device is known: such a session says nothing about any fault.
 */
export function outcomeRecord(
  settings: Settings,
  device: string | undefined,
  history: readonly HistoryEntry[],
  current: Prompt,
): OutcomeRecord {
  if (device === undefined) throw new Error(`The session has no device yet: it asks "${current.id}"`);
  const { knowledgeBase } = settings.model;
  const last = history.at(-1);
  return {
    record: RECORD_VERSION,
    id: settings.origin.id!,
    ...(knowledgeBase.id === undefined ? {} : { knowledgeBase: knowledgeBase.id }),
    ...(knowledgeBase.version === undefined ? {} : { knowledgeBaseVersion: knowledgeBase.version }),
    device,
    ...(settings.purchaseDate === undefined ? {} : { ageMonths: wholeMonthsBetween(settings.purchaseDate, settings.today) }),
    path: pathOf(history),
    outcome: current.kind === 'result' ? current.outcome : 'abandoned',
    ...(current.kind === 'result' && current.outcome === 'resolved' && last?.optionId === 'fixed' ? { fixedBy: last.promptId } : {}),
  };
}
