/**
 * The built-in knowledge base, one import away for apps: `charge-troubleshooter/knowledge-base`.
 * The data itself is `knowledge-base.json` (also published as `charge-troubleshooter/knowledge-base.json`),
 * checked against the schema by the tests; its translations ship with the languages (`loadLocale`).
 */

import type { KnowledgeBase } from '../core/types.js';
import data from './knowledge-base.json' with { type: 'json' };

export const defaultKnowledgeBase = data as unknown as KnowledgeBase;
