import { html, nothing, type TemplateResult } from 'lit';
import { type PromptImage, SVG_ATTRIBUTES, SVG_ELEMENTS, SVG_NAMESPACE } from '../../core/index.js';

/**
 * Draws a knowledge base's pictures for one element. An inline drawing is rebuilt from the allowed
 * shapes only (the validator checked the markup; rebuilding keeps anything else off the page however
 * it was parsed). Each place gets its own node, made once and given to Lit again as the same node, so a
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
      return html`<img part="picture" class="picture" src=${image.src} alt=${decorative ? '' : image.alt} decoding="async" />`;
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

function draw(svg: string): Element | null {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  return parsed.namespaceURI === SVG_NAMESPACE && parsed.localName === 'svg' ? copy(parsed) : null;
}

function copy(source: Element): Element | null {
  if (source.namespaceURI !== SVG_NAMESPACE || !SVG_ELEMENTS.has(source.localName)) return null;
  const target = document.createElementNS(SVG_NAMESPACE, source.localName);
  for (const { name, value } of Array.from(source.attributes)) {
    if (SVG_ATTRIBUTES.has(name) && name !== 'xmlns' && !/url\s*\(/i.test(value)) target.setAttribute(name, value);
  }
  for (const child of Array.from(source.children)) {
    const kept = copy(child);
    if (kept) target.append(kept);
  }
  return target;
}
