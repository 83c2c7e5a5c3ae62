/** A knowledge base that could not be fetched: where from, and why. */
export class KnowledgeBaseLoadError extends Error {
  constructor(
    readonly src: string,
    readonly reason: string,
  ) {
    super(`Couldn't load ${src}: ${reason}`);
    this.name = 'KnowledgeBaseLoadError';
  }
}

// Widgets on one page share a fetch per address, and a page's `<link rel="preload">` is used.
const fetched = new Map<string, Promise<unknown>>();

/** The JSON at `src`; a failure rejects with a KnowledgeBaseLoadError and is not kept, so a retry fetches again. */
export function fetchKnowledgeBase(src: string): Promise<unknown> {
  let pending = fetched.get(src);
  if (pending === undefined) {
    pending = (async () => {
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
    })();
    fetched.set(src, pending);
    pending.catch(() => fetched.delete(src));
  }
  return pending;
}
