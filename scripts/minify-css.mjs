/**
 * A rollup plugin that minifies the CSS in the style modules (`*.styles.ts`, `*.css.ts`): comments
 * are for us, not for shoppers' downloads. Only what is safe in any CSS goes: comments, runs of
 * white space, and spaces around `{`, `}`, `;` and after `:` and `,` (never around `+` or `-`,
 * which calc() needs, and never before `:`, which a selector needs). A quoted string holding any of
 * those could change, so it is an error instead.
 */
export function minifyCss(text) {
  const uncommented = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const risky = uncommented.match(/'[^']*'|"[^"]*"/g)?.find((string) => /[{};:,]/.test(string));
  if (risky) throw new Error(`cannot minify CSS with ${risky} safely`);
  return uncommented
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,])\s+/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

const STYLE_MODULE = /\.(styles|css)\.ts$/;

export default function minifyCssInStyleModules() {
  return {
    name: 'minify-css-in-style-modules',
    transform(code, id) {
      if (!STYLE_MODULE.test(id)) return null;
      if (code.includes('${')) this.error(`${id}: a style module with \${…} cannot be minified safely`);
      try {
        return { code: code.replace(/`([^`]*)`/g, (_, css) => `\`${minifyCss(css)}\``), map: null };
      } catch (error) {
        this.error(`${id}: ${error.message}`);
      }
    },
  };
}
