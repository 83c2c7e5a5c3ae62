import { css } from 'lit';

export const launcherStyles = css`
  :host {
    display: contents;
  }

  .launcher {
    position: fixed;
    inset-block-end: var(--ct-launcher-inset-block-end, 24px);
    inset-inline-end: var(--ct-launcher-inset-inline-end, 24px);
    z-index: var(--ct-z-index, 100);
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    border-radius: 999px;
    box-shadow: var(--_shadow);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
  }

  .launcher svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  dialog {
    box-sizing: border-box;
    inline-size: min(100vw - 16px, 36rem);
    max-inline-size: none;
    max-block-size: calc(100dvh - 16px);
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

  dialog::backdrop {
    background: var(--ct-color-backdrop, rgb(0 0 0 / 0.45));
  }

  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    padding-block-start: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.5);
  }

  .close {
    min-inline-size: 44px;
    text-align: center;
    border-color: transparent;
    background: transparent;
    font-size: 1.25em;
    line-height: 1;
  }
`;
