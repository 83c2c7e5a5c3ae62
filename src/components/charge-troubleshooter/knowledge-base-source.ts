import { type Clock, type KnowledgeBaseTranslation, truncate } from '../../core/index.js';
import { BUILT_IN_TRANSLATIONS } from '../../knowledge-base/languages.js';
import { BUILT_IN_KNOWLEDGE_BASE, builtInTranslationUrl, DEFAULT_KNOWLEDGE_BASE_URL } from '../../knowledge-base/location.js';
import { bestMatch } from '../../locales/index.js';

/** A knowledge base that could not be fetched: where from, and why. */
export class KnowledgeBaseLoadError extends Error {
  constructor(
    readonly src: string,
    readonly reason: string,
  ) {
    super(`Couldn't load ${truncate(src)}: ${truncate(reason, 200)}`);
    // Defined, not assigned: a page that froze Error.prototype (SES lockdown) makes assigning throw.
    Object.defineProperty(this, 'name', { value: 'KnowledgeBaseLoadError', configurable: true, writable: true });
  }
}

// Widgets on one page share a fetch per address, and a page's `<link rel="preload">` is used.
const fetched = new Map<string, Promise<unknown>>();

/**
 * The JSON at `src`, within `timeoutSeconds` by `clock` for this caller; a failure (a network error, an HTTP error,
 * no answer in time, not JSON) rejects with a KnowledgeBaseLoadError. The request is shared by address;
 * each caller has its own deadline, raced against it (a fetch that ignores its signal still times out),
 * and a failed or late request is forgotten, so "Try again" asks afresh.
 */
export function fetchKnowledgeBase(src: string, timeoutSeconds: number, clock: Clock): Promise<unknown> {
  let shared = fetched.get(src);
  if (shared === undefined) {
    shared = load(src);
    fetched.set(src, shared);
    shared.catch(() => forget(src, shared!));
  }
  const request = shared;
  let cancelDeadline = () => {};
  const deadline = new Promise<never>((_, reject) => {
    cancelDeadline = clock.after(timeoutSeconds * 1000, () => {
      forget(src, request);
      reject(new KnowledgeBaseLoadError(src, `no answer within ${timeoutSeconds} s`));
    });
  });
  return Promise.race([request, deadline]).finally(() => cancelDeadline());
}

function forget(src: string, request: Promise<unknown>): void {
  if (fetched.get(src) === request) fetched.delete(src);
}

async function load(src: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(src);
  } catch (error) {
    throw new KnowledgeBaseLoadError(src, (error as Error).message);
  }
  if (!response.ok) throw new KnowledgeBaseLoadError(src, `HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    throw new KnowledgeBaseLoadError(src, (error as Error).message);
  }
}

/** The widget's knowledge base: the object it was given, else the JSON at `src`, else the built-in one beside the module. */
export function knowledgeBaseFrom(given: unknown, src: string | undefined, timeoutSeconds: number, clock: Clock): Promise<unknown> {
  if (given !== undefined) return Promise.resolve(given);
  if (src) return fetchKnowledgeBase(new URL(src, document.baseURI).href, timeoutSeconds, clock);
  const load = fetchKnowledgeBase(DEFAULT_KNOWLEDGE_BASE_URL, timeoutSeconds, clock).then(recogniseBuiltIn);
  builtInLoads.set(load, { timeoutSeconds, clock });
  return load;
}

/** Loads of the built-in knowledge base from beside the module, with their timeout: its translations are beside it. */
const builtInLoads = new WeakMap<Promise<unknown>, { timeoutSeconds: number; clock: Clock }>();

/**
 * The built-in knowledge base's translation into `tag` (`translations/<tag>.json` beside it), fetched
 * alongside it, when `knowledgeBase` is that knowledge base's load and it is translated into the
 * language; else undefined. Languages do not carry it: a shop with its own knowledge base never
 * downloads it.
 */
export function builtInTranslation(knowledgeBase: Promise<unknown>, tag: string): Promise<KnowledgeBaseTranslation> | undefined {
  const load = builtInLoads.get(knowledgeBase);
  const language = bestMatch(tag, BUILT_IN_TRANSLATIONS) as (typeof BUILT_IN_TRANSLATIONS)[number] | undefined;
  if (load === undefined || language === undefined) return undefined;
  return fetchKnowledgeBase(builtInTranslationUrl(language), load.timeoutSeconds, load.clock) as Promise<KnowledgeBaseTranslation>;
}

/**
 * The file beside the module is the built-in knowledge base, checked by this package's tests: no need
 * to download the validator for it. It is known by its id and version, so an edited copy served in its
 * place gets checked as soon as it has an id of its own (the README says to give it one).
 */
function recogniseBuiltIn(loaded: unknown): unknown {
  const { id, version } = (loaded ?? {}) as { id?: unknown; version?: unknown };
  if (id === BUILT_IN_KNOWLEDGE_BASE.id && version === BUILT_IN_KNOWLEDGE_BASE.version) builtIn.add(loaded as object);
  return loaded;
}

const builtIn = new WeakSet<object>();

/** Whether the widget may skip validating this knowledge base (the controller's `trusted` option). */
export function isBuiltInKnowledgeBase(knowledgeBase: unknown): boolean {
  return typeof knowledgeBase === 'object' && knowledgeBase !== null && builtIn.has(knowledgeBase);
}
