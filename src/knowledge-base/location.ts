/**
 * Where the built-in knowledge base is, beside this module: `knowledge-base.json` in the same folder
 * of the npm build and of the drop-in `dist/cdn/` folder. Resolved when the module runs, so that a
 * classic script still knows its own address.
 */
export const DEFAULT_KNOWLEDGE_BASE_URL: string = new URL('./knowledge-base.json', import.meta.url).href;

/**
 * Which knowledge base is the built-in one: a copy with another id or version (edited, say) is checked
 * like any other. A test keeps these in step with knowledge-base.json.
 */
export const BUILT_IN_KNOWLEDGE_BASE = { id: 'charge-troubleshooter', version: '2026.12.07' } as const;

/** The address of the built-in knowledge base's translation into a language, beside knowledge-base.json. */
export function builtInTranslationUrl(tag: string): string {
  return new URL(`./translations/${tag}.json`, DEFAULT_KNOWLEDGE_BASE_URL).href;
}
