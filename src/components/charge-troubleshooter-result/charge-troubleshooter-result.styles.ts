import { css } from 'lit';

export const resultStyles = css`
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

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.375);
  }

  .causes li {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
  }

  .probability {
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }

  a:not(.button) {
    color: var(--_accent);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
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
