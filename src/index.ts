/**
 * The elements, registered: importing this module defines <charge-troubleshooter>,
 * <charge-troubleshooter-step> and <charge-troubleshooter-result> (once, however often it is
 * imported). `charge-troubleshooter/elements` has the classes without registering them;
 * `charge-troubleshooter/core` is the diagnosis core alone.
 */
import './components/charge-troubleshooter/charge-troubleshooter.js';

export * from './elements.js';
