import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PendingWork } from './pending-work.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
type Focusable = HTMLElement & { focusHeading?(): void; updateComplete?: Promise<boolean> };

/** Resolves in the next frame, before it is painted; at once in a hidden page, which paints none. */
function beforeNextPaint(): Promise<unknown> {
  return new Promise((resolve) => (document.hidden ? resolve(0) : requestAnimationFrame(resolve)));
}

/** Puts focus on the heading of what the shopper's doing led to, once it is drawn. */
export class PromptFocus implements ReactiveController {
  #afterUpdate = false;

  constructor(
    private readonly host: Host,
    private readonly work: PendingWork,
  ) {
    host.addController(this);
  }

  /** Focus the heading shown after the next update. */
  request(): void {
    this.#afterUpdate = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#afterUpdate) return;
    this.#afterUpdate = false;
    // focus() must lay the page out (to scroll the heading into view): done in the frame that paints
    // the new prompt, that is the frame's own layout, not one forced on the click before the frame.
    this.work.add(beforeNextPaint().then(() => this.focusNow()));
  }

  async focusNow(): Promise<void> {
    const shown = this.host.renderRoot.querySelector<Focusable>('charge-troubleshooter-step, charge-troubleshooter-result, .screen h2');
    await shown?.updateComplete;
    if (shown?.focusHeading) shown.focusHeading();
    else shown?.focus();
  }
}
