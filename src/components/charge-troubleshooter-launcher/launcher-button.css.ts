/**
 * The floating button, as plain text: the launcher and the lazy launcher (which has no Lit and stands
 * in for it until the shopper shows intent) look the same, so the swap cannot be seen.
 */
export const launcherButtonCss = `
  :host {
    display: contents;
  }

  .launcher {
    position: fixed;
    inset-block-end: var(--ct-launcher-inset-block-end, 24px);
    inset-inline-end: var(--ct-launcher-inset-inline-end, 24px);
    inset-inline-start: var(--ct-launcher-inset-inline-start, auto);
    z-index: var(--ct-z-index, 100);
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    border-radius: 999px;
    box-shadow: var(--_shadow);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
  }

  /*
   * The icon alone: always when compact, on a phone when auto. The label stays in the button, hidden from
   * sight, so it is still its name. (A media query cannot join a selector list, hence the same rules twice.)
   */
  :host([size='compact']) .launcher {
    justify-content: center;
    inline-size: 56px;
    block-size: 56px;
    padding: 0;
  }

  :host([size='compact']) .label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (max-width: 600px) {
    :host([size='auto']) .launcher {
      justify-content: center;
      inline-size: 56px;
      block-size: 56px;
      padding: 0;
    }

    :host([size='auto']) .label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  .launcher svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
`;

/** The bolt drawn on the button. */
export const BOLT_PATH = 'M13 2 4 14h7l-1 8 9-12h-7z';
