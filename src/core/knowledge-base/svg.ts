// What an inline SVG drawing in a knowledge base may contain: plain shapes in the text colour. No
// scripts, styles (a strict CSP refuses them), links, text, or anything that fetches. The validator
// checks the markup; the elements rebuild it from the same lists, so nothing else reaches a page.

export const SVG_ELEMENTS: ReadonlySet<string> = new Set(['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

export const SVG_ATTRIBUTES: ReadonlySet<string> = new Set([
  'xmlns',
  'viewBox',
  'width',
  'height',
  'd',
  'x',
  'y',
  'rx',
  'ry',
  'cx',
  'cy',
  'r',
  'x1',
  'y1',
  'x2',
  'y2',
  'points',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'transform',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'fill-rule',
]);

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** Colours, numbers, path data and transforms: letters, digits, spaces and `.,#()+-`, never `url(`. */
const SAFE_VALUE = /^[A-Za-z0-9\s.,#()+-]*$/;
const MAX_LENGTH = 20_000;
const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*"[^"<>]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*"([^"<>]*)"/g;

/** A drawing as a tree: what the elements build on a page, element by element. */
export interface SvgNode {
  name: string;
  attributes: [name: string, value: string][];
  children: SvgNode[];
}

/** Why `svg` is not a drawing the widget will show, or undefined when it is. */
export function svgProblem(svg: string): string | undefined {
  const parsed = parse(svg);
  return typeof parsed === 'string' ? parsed : undefined;
}

/**
 * The drawing as a tree, or undefined when it is not one the widget shows. One reader for the validator
 * and the page: what was checked is exactly what is drawn, and no HTML or XML parser (a Trusted Types
 * sink) ever sees the markup.
 */
export function parseSvg(svg: string): SvgNode | undefined {
  const parsed = parse(svg);
  return typeof parsed === 'string' ? undefined : parsed;
}

function parse(svg: string): SvgNode | string {
  if (typeof svg !== 'string') return 'an SVG drawing must be text';
  if (svg.length > MAX_LENGTH) return `an SVG drawing may have at most ${MAX_LENGTH} characters, not ${svg.length}`;
  const open: SvgNode[] = [];
  let root: SvgNode | undefined;
  let end = 0;
  for (const match of svg.matchAll(TAG)) {
    const [whole, closing, name, attributeText, selfClosing] = match as unknown as [string, string, string, string, string];
    if (svg.slice(end, match.index).trim() !== '') return 'an SVG drawing may hold only shapes: no text, comments or declarations';
    end = match.index + whole.length;
    if (!SVG_ELEMENTS.has(name)) return `<${name}> is not allowed in an SVG drawing (allowed: ${[...SVG_ELEMENTS].join(', ')})`;
    if (open.length === 0 && (root !== undefined || name !== 'svg' || closing)) return 'an SVG drawing must be one <svg> element';
    if (closing) {
      if (open.pop()?.name !== name) return `</${name}> closes an element that is not open`;
      continue;
    }
    const attributes: [string, string][] = [];
    for (const [, attribute, value] of attributeText.matchAll(ATTRIBUTE) as Iterable<[string, string, string]>) {
      if (!SVG_ATTRIBUTES.has(attribute)) return `the attribute "${attribute}" is not allowed in an SVG drawing`;
      if (attribute === 'xmlns') {
        if (value !== SVG_NAMESPACE) return `xmlns must be "${SVG_NAMESPACE}"`;
        continue;
      }
      if (!SAFE_VALUE.test(value) || /url\s*\(/i.test(value))
        return `the value of "${attribute}" may hold only numbers, colours and path data`;
      attributes.push([attribute, value]);
    }
    const node: SvgNode = { name, attributes, children: [] };
    if (open.length === 0) root = node;
    else open.at(-1)!.children.push(node);
    if (!selfClosing) open.push(node);
  }
  if (root === undefined) return 'an SVG drawing must be one <svg> element';
  if (open.length > 0 || svg.slice(end).trim() !== '') return 'an SVG drawing must be one complete <svg> element';
  return root;
}
