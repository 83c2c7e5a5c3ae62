/**
 * Text for HTML, in an element or a quoted attribute: the five characters that can end either, as
 * entities. Every string the page shows goes through it, whatever the validator let through.
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A template tag: interpolated values escaped, unless wrapped by `raw` (markup this module made). */
export function html(strings: TemplateStringsArray, ...values: (string | number | Raw | Raw[])[]): Raw {
  let out = strings[0]!;
  values.forEach((value, i) => {
    const parts = Array.isArray(value) ? value : [value];
    out += parts.map((part) => (part instanceof Raw ? part.markup : escapeHtml(part))).join('') + strings[i + 1]!;
  });
  return new Raw(out);
}

/** Markup made by the page's own code, not to be escaped again. */
export class Raw {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}
