import '../charge-troubleshooter-launcher/charge-troubleshooter-launcher.js';
import '../charge-troubleshooter-result/charge-troubleshooter-result.js';
import '../charge-troubleshooter-step/charge-troubleshooter-step.js';
import { defineElement } from '../shared/ct-element.js';
import { ChargeTroubleshooter } from './charge-troubleshooter.component.js';

export { ChargeTroubleshooter };

defineElement('charge-troubleshooter', ChargeTroubleshooter);

declare global {
  interface HTMLElementTagNameMap {
    'charge-troubleshooter': ChargeTroubleshooter;
  }
}
