import { defineElement } from '../shared/ct-element.js';
import { ChargeTroubleshooterStep } from './charge-troubleshooter-step.component.js';

export { ChargeTroubleshooterStep };

defineElement('charge-troubleshooter-step', ChargeTroubleshooterStep);

declare global {
  interface HTMLElementTagNameMap {
    'charge-troubleshooter-step': ChargeTroubleshooterStep;
  }
}
