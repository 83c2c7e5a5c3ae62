import { SESSION_ID, SESSION_ID_RULE } from '../outcomes/index.js';
import { localDate, ownCopy, ownFields, parseDate } from '../shared/index.js';
import type { KnowledgeBase, Session, SessionOptions, SessionSnapshot } from '../types.js';
import { shown } from './options.js';
import { createCheckedSession } from './session.js';

// Resuming a saved session: its settings and answers replayed against today's knowledge base and date.

export type RestoreOptions = Pick<SessionOptions, 'knowledgeBase' | 'locale' | 'shop' | 'today' | 'imageOrigins'>;

/**
 * `restoreSession` for a knowledge base already checked. Resumes a session from `snapshot()` output with the given knowledge base. The snapshot's own
 * settings (device, purchase date, return window, region) win; `options.locale` may switch the
 * language, and must be given when the snapshot speaks anything but English. The product's age is
 * counted to `options.today`, default the shopper's local date now, never to the snapshot's saved
 * `today`: a snapshot kept in the browser can be edited, and a saved date six months back would turn
 * an old product into a refund. Pass `today: snapshot.today` only for a snapshot you trust. Throws an
 * Error starting "Cannot restore session:" saying what does not fit (answers the product's age today
 * no longer leads to, among others).
 */
export function restoreCheckedSession(snapshot: unknown, given: RestoreOptions): Session {
  const saved = readSnapshot(ownSnapshot(snapshot));
  const options = typeof given === 'object' && given !== null ? ownFields(given) : given;
  if (options?.locale === undefined && saved.locale !== undefined && saved.locale !== 'en') {
    throw new Error(`Cannot restore session: it speaks "${saved.locale}"; pass locale: await loadLocale("${saved.locale}")`);
  }
  let session: Session;
  try {
    parseDate(saved.today, 'today'); // checked, though no longer trusted
    session = createCheckedSession({
      ...savedSettings(saved),
      knowledgeBase: options?.knowledgeBase as KnowledgeBase,
      today: options?.today ?? localDate(Date.now()),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.shop ? { shop: options.shop } : {}),
      ...(options.imageOrigins ? { imageOrigins: options.imageOrigins } : {}),
    });
  } catch (error) {
    throw new Error(`Cannot restore session: ${(error as Error).message}`, { cause: error });
  }
  saved.history.forEach(({ promptId, optionId }, i) => {
    if (session.current.id !== promptId) {
      throw new Error(
        `Cannot restore session: answer ${i + 1} is for "${promptId}", but the session now asks "${session.current.id}" (has the knowledge base or the date changed?)`,
      );
    }
    if (!session.current.options.some((option) => option.id === optionId)) {
      throw new Error(`Cannot restore session: answer ${i + 1} ("${optionId}") is no longer an answer to "${promptId}"`);
    }
    session = session.answer(optionId);
  });
  return session;
}

/** The snapshot's own fields, read once (see ownCopy); one that cannot be read is said so. */
function ownSnapshot(snapshot: unknown): unknown {
  try {
    return ownCopy(snapshot);
  } catch (error) {
    throw new Error(`Cannot restore session: ${(error as Error).message}`, { cause: error });
  }
}

function readSnapshot(snapshot: unknown): SessionSnapshot {
  const fail = (why: string): never => {
    throw new Error(`Cannot restore session: ${why}`);
  };
  if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) return fail('the snapshot is not an object');
  const s = snapshot as Record<string, unknown>;
  if (s.version !== 1) fail(`unsupported snapshot version ${shown(s.version)}`);
  if (typeof s.today !== 'string') fail('"today" is missing');
  if (s.id !== undefined && (typeof s.id !== 'string' || !SESSION_ID.test(s.id))) fail(`"id" must be ${SESSION_ID_RULE}`);
  for (const key of ['device', 'purchaseDate', 'region', 'locale'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'string') fail(`"${key}" must be a string`);
  }
  for (const key of ['returnDays', 'legalGuaranteeMonths'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'number') fail(`"${key}" must be a number`);
  }
  if (!Array.isArray(s.history)) return fail('"history" must be an array');
  s.history.forEach((entry: unknown, i) => {
    const e = entry as Record<string, unknown> | null;
    if (typeof e !== 'object' || e === null || typeof e.promptId !== 'string' || typeof e.optionId !== 'string') {
      fail(`history[${i}] must be an object with string "promptId" and "optionId"`);
    }
  });
  return s as unknown as SessionSnapshot;
}

/** The snapshot's settings, less its `today`: the day the age is counted to is the caller's, not storage's. */
function savedSettings(saved: SessionSnapshot): Omit<SessionOptions, 'knowledgeBase'> {
  const { id, device, purchaseDate, returnDays, region, legalGuaranteeMonths } = saved;
  return {
    ...(id === undefined ? {} : { id }),
    ...(device === undefined ? {} : { device }),
    ...(purchaseDate === undefined ? {} : { purchaseDate }),
    ...(returnDays === undefined ? {} : { returnDays }),
    ...(region === undefined ? {} : { region }),
    ...(legalGuaranteeMonths === undefined ? {} : { legalGuaranteeMonths }),
  };
}
