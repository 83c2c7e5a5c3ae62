import { css } from 'lit';

export const resultStyles = css`
  :host {
    container-type: inline-size;
  }

  .result {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .safety-stop {
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .safety-stop h2 {
    color: var(--_text);
  }

  .badge {
    display: inline-block;
    margin-inline-end: 0.4em;
    padding-inline: 0.5em;
    border-radius: 999px;
    background: var(--_danger);
    color: var(--_on-danger);
    font-size: 0.75em;
    vertical-align: middle;
  }

  .resolved h2::before {
    content: '✓ ';
    color: var(--_success);
  }

  h3 {
    margin: 0;
    font-size: 1em;
  }

  p {
    margin: 0;
  }

  .body {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  ol,
  ul {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.375);
  }

  ol,
  .ready {
    padding-inline-start: 1.5em;
  }

  .links,
  .contacts,
  .causes {
    padding: 0;
    list-style: none;
  }

  a:not(.button) {
    color: var(--_accent-text);
    font-weight: 600;
  }

  .actions,
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  .quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_text-muted);
    font-weight: 400;
    text-decoration: underline;
  }

  .why summary {
    cursor: pointer;
    color: var(--_accent-text);
    font-weight: 600;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }

  .why .causes {
    padding-block-start: calc(var(--_space) * 0.25);
  }

  /* On a narrow panel the main button takes the whole line, and a safety stop is no card in a card. */
  @container (max-width: 420px) {
    .actions > .primary {
      inline-size: 100%;
      justify-content: center;
    }

    .safety-stop {
      padding: calc(var(--_space) * 0.75);
      border-inline-start-width: 4px;
    }
  }

  .status {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 10em;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: 0.8em/1.4 ui-monospace, monospace;
  }
`;
