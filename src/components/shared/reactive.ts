import type { PropertyDeclaration } from 'lit';
import { property as litProperty } from 'lit/decorators.js';

export { query } from 'lit/decorators.js';

import { ownFields } from '../../core/index.js';

// Lit reads a property's options (`state`, `reflect`, `converter`…) as fields of the object it is given,
// and a field a declaration leaves out would be read from Object.prototype: a page that put `state` there
// would turn every attribute off. Declarations here are given without a prototype.

/** Lit's `@property`, its options read as own fields only. */
export function property(options: PropertyDeclaration = {}) {
  return litProperty(ownFields({ ...options }));
}

/** Lit's `@state`: internal reactive state, no attribute. */
export function state() {
  return litProperty(ownFields({ state: true, attribute: false }));
}
