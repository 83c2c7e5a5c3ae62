// The CSS in the bundles is minified by a regular-expression pass: it must keep every rule's meaning.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss } from '../../scripts/minify-css.mjs';

test('comments and white space go; selectors, calc() and strings keep their meaning', () => {
  const css = `
    /* a comment,
       over lines */
    :host([size='compact']) .label ,
    a.button:hover {
      inline-size: calc(100vw - 16px);   /* trailing */
      content: '✓ ';
      font-family: system-ui, 'Segoe UI', sans-serif;
    }
    @media (max-width: 600px) and (hover: hover) {
      .x :focus-visible { outline: 3px solid var(--_focus, light-dark(#000, #fff)); }
    }`;
  assert.equal(
    minifyCss(css),
    ":host([size='compact']) .label ,a.button:hover{inline-size:calc(100vw - 16px);content:'✓ ';" +
      "font-family:system-ui,'Segoe UI',sans-serif}@media (max-width:600px) and (hover:hover){.x :focus-visible{outline:3px solid var(--_focus,light-dark(#000,#fff))}}",
  );
});

test('a string that minifying could change is an error, not a silent change', () => {
  assert.throws(() => minifyCss(".a::before { content: 'a: b'; }"), /cannot minify CSS with 'a: b' safely/);
});
