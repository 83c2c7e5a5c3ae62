// Registers the elements and exports nothing: the entry of the classic-script (IIFE) bundle.
import './components/charge-troubleshooter/charge-troubleshooter.js';
