import { unsafeCSS } from 'lit';
import { tokensCss } from './tokens.css.js';

/** The theming tokens and the shared base styles (see tokens.css.ts), for Lit elements. */
export const tokens = unsafeCSS(tokensCss);
