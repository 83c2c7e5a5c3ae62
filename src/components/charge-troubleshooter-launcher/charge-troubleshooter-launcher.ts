import { defineElement } from '../shared/ct-element.js';
import { ChargeTroubleshooterLauncher } from './charge-troubleshooter-launcher.component.js';

export { ChargeTroubleshooterLauncher };

defineElement('charge-troubleshooter-launcher', ChargeTroubleshooterLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'charge-troubleshooter-launcher': ChargeTroubleshooterLauncher;
  }
}
