import { css, unsafeCSS } from 'lit';
import { launcherButtonCss } from './launcher-button.css.js';

export const launcherStyles = [
  unsafeCSS(launcherButtonCss),
  css`
  /* Anchored near the top, not centred: a centred card jumps whenever its content changes height. */
  dialog {
    box-sizing: border-box;
    inline-size: min(100vw - 16px, 36rem);
    max-inline-size: none;
    max-block-size: calc(100dvh - 10vh - 16px);
    margin-block: 10vh auto;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    box-shadow: var(--_shadow);
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: var(--ct-color-backdrop, rgb(0 0 0 / 0.45));
  }

  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 0.25);
    padding-inline: var(--_space) calc(var(--_space) * 0.25);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }

  .dialog-title {
    margin: 0;
    font-weight: 600;
  }

  /* Only the content scrolls: the title and Close stay in reach. */
  .dialog-content {
    overflow: auto;
    overscroll-behavior: contain;
  }

  .close {
    min-inline-size: 44px;
    justify-content: center;
    border-color: transparent;
    background: transparent;
    font-size: 1.25em;
    line-height: 1;
  }

  /* A phone: a full-screen sheet, clear of the notch and the home bar. */
  @media (max-width: 600px) {
    dialog {
      inline-size: 100%;
      block-size: 100dvh;
      max-block-size: none;
      margin: 0;
      border-radius: 0;
      padding: env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left);
    }

    .dialog-content {
      flex: 1;
    }
  }
  `,
];
