import { css } from 'lit';

/**
 * The public theming tokens (`--ct-*`) resolved to private ones (`--_*`) with defaults for light
 * and dark schemes. Every element includes this, so each also works on its own. Defaults meet
 * WCAG AA contrast in both schemes (text 4.5:1, borders and focus rings 3:1).
 */
export const tokens = css`
  :host {
    --_accent: var(--ct-color-accent, #0b57d0);
    --_on-accent: var(--ct-color-on-accent, #ffffff);
    --_text: var(--ct-color-text, #1f1f1f);
    --_text-muted: var(--ct-color-text-muted, #474747);
    --_surface: var(--ct-color-surface, #ffffff);
    --_surface-alt: var(--ct-color-surface-alt, #f0f4f9);
    --_border: var(--ct-color-border, #747775);
    --_focus: var(--ct-color-focus, #0b57d0);
    --_danger: var(--ct-color-danger, #b3261e);
    --_on-danger: var(--ct-color-on-danger, #ffffff);
    --_danger-surface: var(--ct-color-danger-surface, #fce8e6);
    --_success: var(--ct-color-success, #146c2e);
    --_font-family: var(--ct-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--ct-font-size, max(16px, 1rem));
    --_radius: var(--ct-radius, 12px);
    --_space: var(--ct-spacing, 16px);
    --_shadow: var(--ct-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 6px 20px rgb(0 0 0 / 0.1));
    color-scheme: light dark;
    display: block;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--ct-color-accent, #a8c7fa);
      --_on-accent: var(--ct-color-on-accent, #062e6f);
      --_text: var(--ct-color-text, #e3e3e3);
      --_text-muted: var(--ct-color-text-muted, #c4c7c5);
      --_surface: var(--ct-color-surface, #1f1f1f);
      --_surface-alt: var(--ct-color-surface-alt, #2d2f31);
      --_border: var(--ct-color-border, #8e918f);
      --_focus: var(--ct-color-focus, #a8c7fa);
      --_danger: var(--ct-color-danger, #ffb4ab);
      --_on-danger: var(--ct-color-on-danger, #690005);
      --_danger-surface: var(--ct-color-danger-surface, #410e0b);
      --_success: var(--ct-color-success, #6dd58c);
      --_shadow: var(--ct-shadow, 0 1px 3px rgb(0 0 0 / 0.5), 0 6px 20px rgb(0 0 0 / 0.4));
    }
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button,
  a.button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    line-height: 1.3;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
    transition: background-color 120ms ease, border-color 120ms ease;
  }

  button:hover,
  a.button:hover {
    border-color: var(--_accent);
  }

  button.primary,
  a.button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  h2:focus {
    outline: none;
  }

  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
