/**
 * Where the built-in knowledge base is, beside this module: `knowledge-base.json` in the same folder
 * of the npm build and of the drop-in `dist/cdn/` folder. Resolved when the module runs, so that a
 * classic script still knows its own address.
 */
export const DEFAULT_KNOWLEDGE_BASE_URL: string = new URL('./knowledge-base.json', import.meta.url).href;
