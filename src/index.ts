// The elements arrive with the widget; until then the package root offers the core.
export * from './core/index.js';
