import { defineElement } from '../shared/ct-element.js';
import { ChargeTroubleshooterResult } from './charge-troubleshooter-result.component.js';

export { ChargeTroubleshooterResult };

defineElement('charge-troubleshooter-result', ChargeTroubleshooterResult);

declare global {
  interface HTMLElementTagNameMap {
    'charge-troubleshooter-result': ChargeTroubleshooterResult;
  }
}
