import { html, nothing, type TemplateResult } from 'lit';
// Core modules by name, not the core's entry: the entry brings the validator, which the widget loads only when needed.
import { type PromptImage, parseSvg, RELATIVE_LINK, SVG_NAMESPACE, type SvgNode, WEB_LINK } from '../../core/index.js';

/**
 * Draws a knowledge base's pictures for one element. An inline drawing is built element by element from
 * the core's reading of it, the same reader the validator uses: nothing but the allowed shapes reaches
 * the page, and no HTML parser (a Trusted Types sink) is involved. Each place gets its own node, made once and given to Lit again as the same node, so a
 * re-render (a timer tick) leaves it alone.
 */
export class Pictures {
  /** The cleaned drawing of each markup, to copy from. */
  readonly #cleaned = new Map<string, Element | null>();
  /** The node shown in each place: one per place, since a node can be in only one. */
  readonly #shown = new Map<string, Element>();

  /**
   * The picture shown at `place` (any name unique within the element, such as an option's id);
   * `decorative` for one beside words that already say what it shows.
   */
  show(image: PromptImage | undefined, place: string, decorative = false): TemplateResult | typeof nothing {
    if (image === undefined) return nothing;
    if (image.src !== undefined) {
      const src = imageSource(image.src);
      if (src === undefined) return nothing;
      return html`<img part="picture" class="picture" src=${src} alt=${decorative ? '' : image.alt} decoding="async" />`;
    }
    const svg = image.svg ?? '';
    const key = `${place}\n${decorative}\n${image.alt}\n${svg}`;
    let node = this.#shown.get(key);
    if (node === undefined) {
      if (!this.#cleaned.has(svg)) this.#cleaned.set(svg, draw(svg));
      const cleaned = this.#cleaned.get(svg);
      if (!cleaned) return nothing;
      node = cleaned.cloneNode(true) as Element;
      if (decorative) node.setAttribute('aria-hidden', 'true');
      else {
        node.setAttribute('role', 'img');
        node.setAttribute('aria-label', image.alt);
      }
      node.setAttribute('part', 'picture');
      node.setAttribute('class', 'picture');
      this.#shown.set(key, node);
    }
    return html`${node}`;
  }
}

/**
 * An image address the renderer accepts after the session's check: https: (the session allowed its
 * origin), or relative and resolving to the page's own origin (a `<base>` elsewhere does not count).
 */
function imageSource(src: string): string | undefined {
  if (!WEB_LINK.test(src)) return undefined;
  return RELATIVE_LINK.test(src) && new URL(src, document.baseURI).origin !== location.origin ? undefined : src;
}

/** The drawing built from the core's reading of it: the same allow-list the validator checked. */
function draw(svg: string): Element | null {
  const tree = parseSvg(svg);
  return tree === undefined ? null : build(tree);
}

function build(node: SvgNode): Element {
  const element = document.createElementNS(SVG_NAMESPACE, node.name);
  for (const [name, value] of node.attributes) element.setAttribute(name, value);
  for (const child of node.children) element.append(build(child));
  return element;
}
