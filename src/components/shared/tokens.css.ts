/**
 * The public theming tokens (`--ct-*`) resolved to private ones (`--_*`). The defaults follow the
 * colour scheme the element is in: the page's own (`color-scheme` inherits, so a page that has not
 * opted into dark stays light), or the `color-scheme` attribute's. Muted text, borders, danger and
 * success are mixed from the text and surface colours, so a theme that sets those two keeps them
 * readable in every state; each default meets WCAG AA (text 4.5:1, borders and focus rings 3:1).
 *
 * Plain text, so that the lazy launcher, which has no Lit, shares it.
 */
export const tokensCss = `
  :host {
    --_text: var(--ct-color-text, light-dark(#1f1f1f, #e3e3e3));
    --_surface: var(--ct-color-surface, light-dark(#ffffff, #1f1f1f));
    --_accent: var(--_accent-derived, var(--ct-color-accent, light-dark(#0b57d0, #a8c7fa)));
    --_accent-text: var(--_accent-text-derived, var(--_accent));
    --_on-accent: var(--ct-color-on-accent, var(--_on-accent-derived, light-dark(#ffffff, #062e6f)));
    --_text-muted: var(--ct-color-text-muted, color-mix(in srgb, var(--_text) 75%, var(--_surface)));
    --_surface-alt: var(--ct-color-surface-alt, color-mix(in srgb, var(--_accent) 7%, var(--_surface)));
    --_border: var(--ct-color-border, color-mix(in srgb, var(--_text) 55%, var(--_surface)));
    --_focus: var(--ct-color-focus, var(--_accent));
    --_danger: var(--ct-color-danger, color-mix(in srgb, #d93025 65%, var(--_text)));
    --_on-danger: var(--ct-color-on-danger, var(--_surface));
    --_danger-surface: var(--ct-color-danger-surface, color-mix(in srgb, var(--_danger) 10%, var(--_surface)));
    --_success: var(--ct-color-success, color-mix(in srgb, #1e8e3e 60%, var(--_text)));
    --_font-family: var(--ct-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--ct-font-size, max(16px, 1rem));
    --_radius: var(--ct-radius, 12px);
    --_space: var(--ct-spacing, 16px);
    --_shadow: var(
      --ct-shadow,
      0 1px 3px light-dark(rgb(0 0 0 / 0.12), rgb(0 0 0 / 0.5)),
      0 6px 20px light-dark(rgb(0 0 0 / 0.1), rgb(0 0 0 / 0.4))
    );
    display: block;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    /* Nothing a knowledge base says, however long a word, can widen the host page. */
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  /*
   * One brand colour is enough. xyz's y is the WCAG relative luminance, so contrast can be reached in
   * CSS alone: the accent is darkened (light scheme) or lightened towards white (dark scheme) only as far
   * as needed for 3:1 as a fill, border or focus ring, and 4.5:1 as text, against a surface at least as
   * light as #f3f3f3 or as dark as #303030; text on it is black or white, whichever contrasts more
   * (never under 4.58:1). Dark or light is the colour scheme's: a dark surface on a light page says
   * so with color-scheme. Only a brand colour given is derived (each -derived is invalid without one, so
   * the defaults apply as they are); without relative colours it is used as given.
   */
  @supports (color: color(from red xyz x y z)) {
    :host {
      --_accent-derived: light-dark(
        color(from var(--ct-color-accent) xyz calc(x*min(1,.26/y)) min(y,.26) calc(z*min(1,.26/y))),
        color(from var(--ct-color-accent) xyz calc(x + (.9505 - x)*clamp(0,(.19 - y)/(1 - y),1)) max(y,.19) calc(z + (1.089 - z)*clamp(0,(.19 - y)/(1 - y),1)))
      );
      --_accent-text-derived: light-dark(
        color(from var(--ct-color-accent) xyz calc(x*min(1,.16/y)) min(y,.16) calc(z*min(1,.16/y))),
        color(from var(--ct-color-accent) xyz calc(x + (.9505 - x)*clamp(0,(.31 - y)/(1 - y),1)) max(y,.31) calc(z + (1.089 - z)*clamp(0,(.31 - y)/(1 - y),1)))
      );
      --_on-accent-derived: color(from var(--_accent-derived) xyz calc(.9505*clamp(0,(.1791 - y)*1e6,1)) clamp(0,(.1791 - y)*1e6,1) calc(1.089*clamp(0,(.1791 - y)*1e6,1)) / 1);
    }
  }

  /* The attribute overrides the page: light, dark, or the shopper's system setting. */
  :host([color-scheme='light']) {
    color-scheme: light;
  }

  :host([color-scheme='dark']) {
    color-scheme: dark;
  }

  :host([color-scheme='auto']) {
    color-scheme: light dark;
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

  /* Only where there is a real pointer: on touch screens a hover style sticks after a tap. */
  @media (hover: hover) {
    button:hover,
    a.button:hover {
      border-color: var(--_accent);
    }
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
