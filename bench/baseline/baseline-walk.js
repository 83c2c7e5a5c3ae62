// The baseline the benchmarks compare against: a minimal Lit element that walks ten steps from a
// JSON array, two buttons each. No diagnosis, no persistence, no accessibility work: the least
// a retailer could build instead.
import { css, html, LitElement } from 'lit';
import steps from './steps.js';

class BaselineWalk extends LitElement {
  static properties = { index: { state: true } };

  static styles = css`
    :host { display: block; font-family: system-ui, sans-serif; }
    button { margin-inline-end: 8px; padding: 8px 16px; }
  `;

  constructor() {
    super();
    this.index = 0;
  }

  render() {
    const step = steps[this.index];
    if (!step) return html`<h2>Done</h2>`;
    return html`<h2>${step.title}</h2>
      <p>${step.text}</p>
      ${step.options.map((label) => html`<button @click=${() => this.index++}>${label}</button>`)}`;
  }
}

customElements.define('baseline-walk', BaselineWalk);
