import { html, nothing, type TemplateResult } from 'lit';
import { isRightToLeft } from '../../locales/index.js';
import {
  type ChargeTroubleshooterLauncher,
  LAUNCHER_PARTS,
} from '../charge-troubleshooter-launcher/charge-troubleshooter-launcher.component.js';
import type { ChargeTroubleshooter } from './charge-troubleshooter.component.js';
import type { PromptFocus } from './prompt-focus.js';
import type { Emit, WidgetSession } from './widget-session.js';

/** Launcher mode: the panel in a dialog behind a floating button; inline, the panel as it is. */
export class LauncherDialog {
  constructor(
    private readonly host: ChargeTroubleshooter,
    private readonly session: WidgetSession,
    private readonly focus: PromptFocus,
    private readonly emit: Emit,
  ) {}

  /** The panel, inside the launcher in launcher mode. */
  wrap(panel: TemplateResult): TemplateResult {
    const { launcher } = this.host;
    if (!launcher) return panel;
    const { ui, tag } = this.session.language;
    return html`<charge-troubleshooter-launcher
      exportparts=${LAUNCHER_PARTS.join(', ')}
      lang=${tag}
      dir=${isRightToLeft(tag) ? 'rtl' : nothing}
      size=${launcher === true ? 'auto' : launcher}
      .label=${ui.launcher}
      .dialogLabel=${ui.dialogLabel}
      .closeLabel=${ui.close}
      @open=${this.#opened}
      @close=${this.#closed}
      >${panel}</charge-troubleshooter-launcher
    >`;
  }

  /** Opens the dialog; inline, brings the widget into view and puts focus on its heading. */
  async open(): Promise<void> {
    await this.host.updateComplete;
    if (this.host.launcher) await this.#launcher()?.open();
    else {
      this.host.scrollIntoView({ block: 'nearest' });
      await this.focus.focusNow();
    }
  }

  close(): void {
    this.#launcher()?.close();
  }

  #launcher(): ChargeTroubleshooterLauncher | null {
    return this.host.renderRoot.querySelector('charge-troubleshooter-launcher');
  }

  #opened = (): void => {
    // Reopened after "Done": a new session, from its start.
    if (this.session.screen === 'finished') this.session.screen = 'session';
    this.focus.request();
    this.emit('ct-open', {});
  };

  #closed = (): void => {
    this.emit('ct-close', {});
  };
}
