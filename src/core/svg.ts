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

/** Why `svg` is not a drawing the widget will show, or undefined when it is. */
export function svgProblem(svg: string): string | undefined {
  if (svg.length > MAX_LENGTH) return `an SVG drawing may have at most ${MAX_LENGTH} characters, not ${svg.length}`;
  const open: string[] = [];
  let end = 0;
  for (const match of svg.matchAll(TAG)) {
    const [whole, closing, name, attributes, selfClosing] = match as unknown as [string, string, string, string, string];
    if (svg.slice(end, match.index).trim() !== '') return 'an SVG drawing may hold only shapes: no text, comments or declarations';
    end = match.index + whole.length;
    if (!SVG_ELEMENTS.has(name)) return `<${name}> is not allowed in an SVG drawing (allowed: ${[...SVG_ELEMENTS].join(', ')})`;
    if (open.length === 0 && (name !== 'svg' || closing)) return 'an SVG drawing must be one <svg> element';
    if (closing) {
      if (open.pop() !== name) return `</${name}> closes an element that is not open`;
      if (open.length === 0 && svg.slice(end).trim() !== '') return 'an SVG drawing must be one <svg> element';
      continue;
    }
    for (const [, attribute, value] of attributes.matchAll(ATTRIBUTE) as Iterable<[string, string, string]>) {
      if (!SVG_ATTRIBUTES.has(attribute)) return `the attribute "${attribute}" is not allowed in an SVG drawing`;
      if (attribute === 'xmlns') {
        if (value !== SVG_NAMESPACE) return `xmlns must be "${SVG_NAMESPACE}"`;
      } else if (!SAFE_VALUE.test(value) || /url\s*\(/i.test(value)) {
        return `the value of "${attribute}" may hold only numbers, colours and path data`;
      }
    }
    if (!selfClosing) open.push(name);
  }
  if (end === 0) return 'an SVG drawing must be one <svg> element';
  if (open.length > 0 || svg.slice(end).trim() !== '') return 'an SVG drawing must be one complete <svg> element';
  return undefined;
}
