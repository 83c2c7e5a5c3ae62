// Registers the elements and exports nothing: the entry of the classic-script (IIFE) bundle.
// First, before Lit loads: see lit-policy-guard.ts.
import './components/shared/lit-policy-guard.js';
import './components/charge-troubleshooter/charge-troubleshooter.js';
