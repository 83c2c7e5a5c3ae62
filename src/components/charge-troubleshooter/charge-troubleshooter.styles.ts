import { css } from 'lit';

export const widgetStyles = css`
  :host([hidden]) {
    display: none;
  }

  /* In launcher mode the host takes no room: only the floating button shows. */
  :host([launcher]) {
    display: contents;
  }

  .base {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: var(--ct-max-inline-size, 40rem);
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }

  /* In the dialog the dialog is the card: no card inside it. */
  :host([launcher]) .base {
    max-inline-size: none;
    border: 0;
    border-radius: 0;
    box-shadow: none;
  }

  .screen {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .screen h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .screen h2:focus {
    outline: none;
  }

  .screen p {
    margin: 0;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  .error {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }

  .error h2 {
    margin: 0;
    font-size: 1.125em;
  }

  .error p,
  .error ul {
    margin: 0;
  }

  .error code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .loading {
    display: grid;
    place-items: center;
    min-block-size: 120px;
  }

  .spinner {
    inline-size: 28px;
    block-size: 28px;
    border: 3px solid color-mix(in srgb, var(--_accent) 25%, transparent);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
