import { css } from 'lit';

export const stepStyles = css`
  .step {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .eyebrow {
    display: block;
    margin-block-end: calc(var(--_space) * 0.25);
    color: var(--_text-muted);
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }

  p {
    margin: 0;
  }

  .meta {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .at-most summary {
    cursor: pointer;
    color: var(--_accent-text);
    inline-size: fit-content;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }

  ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: calc(var(--_space) * 0.375);
  }

  .links {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }

  .links a {
    color: var(--_accent-text);
    font-weight: 600;
  }

  .timer {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .clock {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 6px;
    border: 0;
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
  }

  progress::-webkit-progress-bar {
    background: var(--_surface-alt);
  }

  progress::-webkit-progress-value {
    background: var(--_accent);
    border-radius: 999px;
  }

  progress::-moz-progress-bar {
    background: var(--_accent);
    border-radius: 999px;
  }

  .picture {
    display: block;
    justify-self: center;
    inline-size: min(100%, 18rem);
    block-size: auto;
    color: var(--_text);
  }

  .search {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }

  .search label {
    font-weight: 600;
  }

  .search input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .options button {
    inline-size: 100%;
    gap: 0.6em;
  }

  .options button .picture {
    flex: none;
    inline-size: 2em;
    color: var(--_text-muted);
  }

  /* "Other wireless headphones" under "Other" reads "Wireless headphones". */
  .shortened::first-letter {
    text-transform: uppercase;
  }

  .swatch {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }

  .grouped {
    gap: var(--_space);
  }

  .group {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  h3 {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
    font-weight: 600;
  }

  .group-options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--_space) * 0.5);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }

  .start-over {
    border-color: transparent;
    background: transparent;
    color: var(--_text-muted);
    font-weight: 400;
    text-decoration: underline;
  }

  .back {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    border-color: transparent;
    background: transparent;
    color: var(--_accent-text);
  }

  .back svg {
    inline-size: 1em;
    block-size: 1em;
  }

  /* The arrow points back in the reading direction. */
  :host(:dir(rtl)) .back svg {
    transform: scaleX(-1);
  }
`;
