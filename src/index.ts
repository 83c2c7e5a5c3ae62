/**
 * The elements, registered: importing this module defines <charge-troubleshooter>,
 * <charge-troubleshooter-step>, <charge-troubleshooter-result> and <charge-troubleshooter-launcher>
 * (once, however often it is imported). `charge-troubleshooter/elements` has the classes without
 * registering them; `charge-troubleshooter/core` is the diagnosis core alone;
 * `charge-troubleshooter/knowledge-base` the built-in knowledge base.
 */
// First, before Lit loads: see lit-policy-guard.ts.
import './components/shared/lit-policy-guard.js';
import './components/charge-troubleshooter/charge-troubleshooter.js';

export * from './elements.js';
