import { html, type TemplateResult } from 'lit';
import { englishUi } from '../../locales/en.js';
import { CtElement } from '../shared/ct-element.js';
import { property, query } from '../shared/reactive.js';
import { tokens } from '../shared/tokens.styles.js';
import { launcherStyles } from './charge-troubleshooter-launcher.styles.js';
import { BOLT_PATH } from './launcher-button.css.js';

/** `auto`: the label, and the icon alone on a phone; `compact`: always the icon alone; `full`: always the label. */
export type LauncherSize = 'auto' | 'compact' | 'full';

/** The parts it exposes for `::part()`; the widget forwards them. */
export const LAUNCHER_PARTS = ['launcher', 'dialog', 'dialog-header', 'dialog-title', 'close'] as const;

const boltIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${BOLT_PATH} fill="currentColor"/></svg>`;

/**
 * @tagname charge-troubleshooter-launcher
 * @summary A floating button that opens its content in a modal dialog: the widget's launcher mode. On a
 * phone (under 600 px) the dialog is a full-screen sheet whose header (title and Close) stays put.
 *
 * @slot - What the dialog shows.
 * @event open - The dialog opened (on the element only: it does not bubble).
 * @event close - The dialog closed (on the element only).
 *
 * @csspart launcher - The floating button.
 * @csspart dialog - The dialog.
 * @csspart dialog-header - The dialog's header, with its title and Close.
 * @csspart dialog-title - The dialog's title.
 * @csspart close - The dialog's close button.
 *
 * @cssproperty --ct-z-index - The button's stacking order (default 100).
 * @cssproperty --ct-launcher-inset-block-end - The button's distance from the bottom of the window (default 24px).
 * @cssproperty --ct-launcher-inset-inline-end - The button's distance from the end side of the window (default 24px).
 * @cssproperty --ct-launcher-inset-inline-start - The button's distance from the start side, for a button on that side (default auto; set the end one to auto).
 * @cssproperty --ct-color-backdrop - What covers the page behind the dialog.
 */
export class ChargeTroubleshooterLauncher extends CtElement {
  static override styles = [tokens, launcherStyles];

  /** The button's text. */
  @property() label = englishUi.launcher;
  /** The dialog's accessible name. */
  @property({ attribute: 'dialog-label' }) dialogLabel = englishUi.dialogLabel;
  /** The close button's accessible name. */
  @property({ attribute: 'close-label' }) closeLabel = englishUi.close;
  /**
   * `auto`: the icon and the label, the icon alone on a phone (under 600 px), where a wide button
   * covers the page; `compact`: the icon alone; `full`: always both. The label stays the button's name.
   */
  @property({ reflect: true }) size: LauncherSize = 'auto';

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.launcher') private button?: HTMLButtonElement;

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog (once rendered). */
  async open(): Promise<void> {
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) {
      this.dialog.showModal();
      this.dispatchEvent(new Event('open'));
    }
  }

  /** Closes the dialog; focus goes back to the button. */
  close(): void {
    this.dialog?.close();
  }

  protected override render(): TemplateResult {
    return html`
      <button
        part="launcher"
        class="launcher primary"
        type="button"
        aria-haspopup="dialog"
        @click=${this.open}
      >
        ${boltIcon}<span class="label">${this.label}</span>
      </button>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onClose}>
        <div part="dialog-header" class="dialog-header">
          <p part="dialog-title" id="dialog-title" class="dialog-title">${this.dialogLabel}</p>
          <button part="close" class="close" type="button" aria-label=${this.closeLabel} @click=${this.close}>×</button>
        </div>
        <div class="dialog-content"><slot></slot></div>
      </dialog>
    `;
  }

  #onClose = (): void => {
    this.button?.focus();
    this.dispatchEvent(new Event('close'));
  };
}
