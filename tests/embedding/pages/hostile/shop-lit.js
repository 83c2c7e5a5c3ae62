// The shop's own Lit, loaded before the widget: it has the Trusted Types policy "lit-html" (as Lit names it).
window.shopPolicy = trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });
