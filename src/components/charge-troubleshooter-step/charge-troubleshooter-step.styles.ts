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

  ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: calc(var(--_space) * 0.375);
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

  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .options button {
    inline-size: 100%;
  }

  .back {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
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
