import type { KnowledgeBase } from '../src/core/index.js';

/** The built-in knowledge base with `products` devices (at least its own). */
export function catalogueKnowledgeBase(builtIn: KnowledgeBase, products: number): KnowledgeBase;
