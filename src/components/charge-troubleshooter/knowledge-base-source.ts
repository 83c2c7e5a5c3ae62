/** A knowledge base that could not be fetched: where from, and why. */
export class KnowledgeBaseLoadError extends Error {
  constructor(
    readonly src: string,
    readonly reason: string,
  ) {
    super(`Couldn't load ${src}: ${reason}`);
    // Defined, not assigned: a page that froze Error.prototype (SES lockdown) makes assigning throw.
    Object.defineProperty(this, 'name', { value: 'KnowledgeBaseLoadError', configurable: true, writable: true });
  }
}

// Widgets on one page share a fetch per address, and a page's `<link rel="preload">` is used.
const fetched = new Map<string, Promise<unknown>>();

/**
 * The JSON at `src`, within `timeoutSeconds` for this caller; a failure (a network error, an HTTP error,
 * no answer in time, not JSON) rejects with a KnowledgeBaseLoadError. The request is shared by address;
 * each caller has its own deadline, raced against it (a fetch that ignores its signal still times out),
 * and a failed or late request is forgotten, so "Try again" asks afresh.
 */
export function fetchKnowledgeBase(src: string, timeoutSeconds: number): Promise<unknown> {
  let shared = fetched.get(src);
  if (shared === undefined) {
    shared = load(src);
    fetched.set(src, shared);
    shared.catch(() => forget(src, shared!));
  }
  const request = shared;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      forget(src, request);
      reject(new KnowledgeBaseLoadError(src, `no answer within ${timeoutSeconds} s`));
    }, timeoutSeconds * 1000);
  });
  return Promise.race([request, deadline]).finally(() => clearTimeout(timer));
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
