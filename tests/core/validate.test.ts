import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type KnowledgeBase,
  KnowledgeBaseError,
  type KnowledgeBaseProblem,
  SVG_ATTRIBUTES,
  svgProblem,
  validateKnowledgeBase,
} from '../../src/core/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { action, assertContains, clone, device, question, tinyKnowledgeBase } from './fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: tests break typed data on purpose
type Json = any;

function withQuestion(): KnowledgeBase {
  return tinyKnowledgeBase({
    questions: [
      question('light', [
        { id: 'on', label: 'On', likelihood: { x: 0.9, y: 0.2, z: 0.5 } },
        { id: 'off', label: 'Off', likelihood: { x: 0.1, y: 0.8, z: 0.5 } },
      ]),
    ],
  });
}

function problemsOf(input: unknown): KnowledgeBaseProblem[] {
  try {
    validateKnowledgeBase(input);
  } catch (error) {
    assert.ok(error instanceof KnowledgeBaseError, `expected a KnowledgeBaseError, got ${String(error)}`);
    return (error as KnowledgeBaseError).problems;
  }
  throw new Error('expected validateKnowledgeBase to throw');
}

/** [what is wrong, how to break a valid knowledge base, the path reported, words in the message] */
const MALFORMED: [string, (kb: Json) => unknown, string, RegExp][] = [
  ['not an object', () => 'knowledge base', '$', /must be an object/],
  [
    'unsupported schemaVersion',
    (kb) => {
      kb.schemaVersion = 2;
    },
    'schemaVersion',
    /unsupported schemaVersion/,
  ],
  [
    'missing schemaVersion',
    (kb) => {
      delete kb.schemaVersion;
    },
    'schemaVersion',
    /missing/,
  ],
  [
    'causes not an array',
    (kb) => {
      kb.causes = {};
    },
    'causes',
    /must be an array/,
  ],
  [
    'cause without a label',
    (kb) => {
      delete kb.causes[1].label;
    },
    'causes[1].label',
    /missing/,
  ],
  [
    'userFixable not a boolean',
    (kb) => {
      kb.causes[0].userFixable = 'yes';
    },
    'causes[0].userFixable',
    /true or false/,
  ],
  [
    'duplicate cause id',
    (kb) => {
      kb.causes[1].id = 'x';
    },
    'causes[1].id',
    /duplicate cause id "x"/,
  ],
  [
    'id with a space',
    (kb) => {
      kb.causes[2].id = 'z z';
    },
    'causes[2].id',
    /not a valid id/,
  ],
  [
    'fix of an unknown cause',
    (kb) => {
      kb.actions[0].fixes.nope = 0.5;
    },
    'actions[0].fixes.nope',
    /unknown cause "nope"/,
  ],
  [
    'fix probability above 1',
    (kb) => {
      kb.actions[1].fixes.y = 1.5;
    },
    'actions[1].fixes.y',
    /from 0 to 1/,
  ],
  [
    'fix probability not a number',
    (kb) => {
      kb.actions[1].fixes.y = '50%';
    },
    'actions[1].fixes.y',
    /probability/,
  ],
  [
    'zero minutes',
    (kb) => {
      kb.actions[0].minutes = 0;
    },
    'actions[0].minutes',
    /greater than 0/,
  ],
  [
    'negative minutes',
    (kb) => {
      kb.actions[1].minutes = -3;
    },
    'actions[1].minutes',
    /greater than 0/,
  ],
  [
    'waitMinutes not a number',
    (kb) => {
      kb.actions[0].waitMinutes = 'long';
    },
    'actions[0].waitMinutes',
    /finite number/,
  ],
  [
    'no steps',
    (kb) => {
      kb.actions[0].steps = [];
    },
    'actions[0].steps',
    /must not be empty/,
  ],
  [
    'action for an unknown device',
    (kb) => {
      kb.actions[0].devices = ['gadget', 'nope'];
    },
    'actions[0].devices[1]',
    /unknown device "nope"/,
  ],
  [
    'action and question sharing an id',
    (kb) => {
      kb.questions[0].id = 'fix-x';
    },
    'questions[0].id',
    /duplicate prompt id "fix-x"/,
  ],
  [
    'reserved prompt id',
    (kb) => {
      kb.actions[0].id = 'device';
    },
    'actions[0].id',
    /duplicate prompt id "device"/,
  ],
  [
    'question with one option',
    (kb) => {
      kb.questions[0].options.pop();
    },
    'questions[0].options',
    /at least two options/,
  ],
  [
    'unknown outcome',
    (kb) => {
      kb.questions[0].options[0].outcome = 'explode';
    },
    'questions[0].options[0].outcome',
    /must be one of/,
  ],
  [
    'likelihoods adding up to more than 1',
    (kb) => {
      kb.questions[0].options[1].likelihood.x = 0.5;
    },
    'questions[0].options',
    /cause "x" add up to 1.4/,
  ],
  [
    'likelihoods adding up to less than 1',
    (kb) => {
      kb.questions[0].options[1].likelihood.y = 0.1;
    },
    'questions[0].options',
    /cause "y" add up to 0.3/,
  ],
  [
    'next naming an unknown action',
    (kb) => {
      kb.questions[0].options[0].next = 'nope';
    },
    'questions[0].options[0].next',
    /unknown action "nope"/,
  ],
  [
    'javascript: link in an answer',
    (kb) => {
      kb.questions[0].options[0].links = [{ label: 'x', href: 'javascript:alert(1)' }];
    },
    'questions[0].options[0].links[0].href',
    /not an allowed link/,
  ],
  [
    'priors not adding up to 1',
    (kb) => {
      kb.devices[0].priors.x = 0.4;
    },
    'devices[0].priors',
    /add up to 1, but add up to 0.9/,
  ],
  [
    'prior of an unknown cause',
    (kb) => {
      kb.devices[0].priors.q = 0;
    },
    'devices[0].priors.q',
    /unknown cause "q"/,
  ],
  [
    'javascript: support link',
    (kb) => {
      kb.devices[0].supportUrl = 'javascript:alert(1)';
    },
    'devices[0].supportUrl',
    /not an allowed link/,
  ],
  [
    'link with a tab hiding javascript:',
    (kb) => {
      kb.devices[0].warrantyUrl = 'java\tscript:alert(1)';
    },
    'devices[0].warrantyUrl',
    /not an allowed link/,
  ],
  [
    'an http: link (only https:, mailto:, tel: or relative)',
    (kb) => {
      kb.devices[0].warrantyUrl = 'http://maker.example/warranty';
    },
    'devices[0].warrantyUrl',
    /not an allowed link/,
  ],
  [
    'a link to another host without a scheme',
    (kb) => {
      kb.devices[0].warrantyUrl = '//evil.example/warranty';
    },
    'devices[0].warrantyUrl',
    /not an allowed link/,
  ],
  [
    'a link with a backslash, which browsers read as a slash',
    (kb) => {
      kb.devices[0].warrantyUrl = '/\\evil.example/warranty';
    },
    'devices[0].warrantyUrl',
    /not an allowed link/,
  ],
  [
    'support address that is not an email',
    (kb) => {
      kb.devices[0].supportEmail = 'help desk';
    },
    'devices[0].supportEmail',
    /not an email address/,
  ],
  [
    'device kind that is not text',
    (kb) => {
      kb.devices[0].kind = 42;
    },
    'devices[0].kind',
    /must be a non-empty string/,
  ],
  [
    'negative return days',
    (kb) => {
      kb.devices[0].returnDays = -1;
    },
    'devices[0].returnDays',
    /0 or more/,
  ],
  [
    'misspelt field',
    (kb) => {
      const o = kb.questions[0].options[0];
      o.likelyhood = o.likelihood;
      delete o.likelihood;
    },
    'questions[0].options[0].likelyhood',
    /unknown field "likelyhood"/,
  ],
  [
    'variant for an unknown device',
    (kb) => {
      kb.actions[0].variants = [{ devices: ['nope'], title: 'T' }];
    },
    'actions[0].variants[0].devices[0]',
    /unknown device "nope"/,
  ],
  [
    'zero escalationMinutes',
    (kb) => {
      kb.escalationMinutes = 0;
    },
    'escalationMinutes',
    /greater than 0/,
  ],
  [
    'cause id with a dot in a map key',
    (kb) => {
      kb.actions[0].fixes['a.b'] = 0.5;
    },
    'actions[0].fixes["a.b"]',
    /unknown cause "a.b"/,
  ],
  [
    'duplicate device id',
    (kb) => {
      kb.devices.push(clone(kb.devices[0]));
    },
    'devices[1].id',
    /duplicate device id "gadget"/,
  ],
  [
    'device entry not an object',
    (kb) => {
      kb.devices.push(42);
    },
    'devices[1]',
    /must be an object, not number 42/,
  ],
  [
    'a drawing with a script',
    (kb) => {
      kb.images = { pic: { svg: '<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>', alt: 'x' } };
    },
    'images.pic.svg',
    /<script> is not allowed/,
  ],
  [
    'a drawing with a style attribute',
    (kb) => {
      kb.images = { pic: { svg: '<svg viewBox="0 0 1 1"><path d="M0 0" style="fill:red"/></svg>', alt: 'x' } };
    },
    'images.pic.svg',
    /attribute "style" is not allowed/,
  ],
  [
    'a drawing that fetches',
    (kb) => {
      kb.images = { pic: { svg: '<svg viewBox="0 0 1 1"><rect fill="url(https://evil.example/x)"/></svg>', alt: 'x' } };
    },
    'images.pic.svg',
    /only numbers, colours and path data/,
  ],
  [
    'a picture with both a drawing and a file',
    (kb) => {
      kb.images = { pic: { svg: '<svg viewBox="0 0 1 1"></svg>', src: 'x.png', alt: 'x' } };
    },
    'images.pic',
    /exactly one of "svg" and "src"/,
  ],
  [
    'a picture on another site',
    (kb) => {
      kb.images = { pic: { src: '//evil.example/x.png', alt: 'x' } };
    },
    'images.pic.src',
    /not an allowed image address/,
  ],
  [
    'a picture without alt text',
    (kb) => {
      kb.images = { pic: { src: 'x.png' } };
    },
    'images.pic.alt',
    /missing/,
  ],
  [
    'a step naming an image that does not exist',
    (kb) => {
      kb.actions[0].image = 'nope';
    },
    'actions[0].image',
    /unknown image "nope"/,
  ],
  [
    'a swatch that is not a colour',
    (kb) => {
      kb.questions = [
        {
          id: 'light',
          title: 'Light?',
          options: [
            { id: 'red', label: 'Red', swatch: 'red; background: url(x)', likelihood: {} },
            { id: 'none', label: 'None', likelihood: {} },
          ],
        },
      ];
    },
    'questions[0].options[0].swatch',
    /is not a colour like "#d93025"/,
  ],
  [
    'a language that is not a tag',
    (kb) => {
      kb.language = 'English';
    },
    'language',
    /not a language tag/,
  ],
  [
    'an empty serial-number hint',
    (kb) => {
      kb.devices[0].serialNumber = ' ';
    },
    'devices[0].serialNumber',
    /non-empty string/,
  ],
];

describe('validateKnowledgeBase', () => {
  it('accepts the default knowledge base and returns it typed', () => {
    assert.equal(validateKnowledgeBase(defaultKnowledgeBase), defaultKnowledgeBase);
  });

  it('accepts a round trip of the default knowledge base through JSON', () => {
    const copy = clone(defaultKnowledgeBase);
    assert.deepEqual(validateKnowledgeBase(copy), defaultKnowledgeBase);
  });

  it(`reports each of ${MALFORMED.length} malformed knowledge bases at its JSON path`, () => {
    assert.ok(MALFORMED.length >= 20, `only ${MALFORMED.length} malformed cases`);
    for (const [what, breakIt, path, message] of MALFORMED) {
      const kb = clone(withQuestion());
      const replaced = breakIt(kb);
      const problems = problemsOf(replaced === undefined ? kb : replaced);
      const problem = problems.find((p) => p.path === path);
      assert.ok(problem != null, `${what}: no problem at ${path} in ${JSON.stringify(problems)}`);
      assert.match(problem!.message, message, what);
    }
  });

  it('lists every problem, not just the first, and names them in the error message', () => {
    const kb: Json = clone(withQuestion());
    kb.schemaVersion = 3;
    kb.actions[0].minutes = 0;
    kb.devices[0].supportUrl = 'javascript:alert(1)';
    const problems = problemsOf(kb);
    assert.deepEqual(
      problems.map((p) => p.path),
      ['schemaVersion', 'devices[0].supportUrl', 'actions[0].minutes'],
    );
    assert.throws(
      () => validateKnowledgeBase(kb),
      (error: Error) => {
        assertContains(error.message, '3 problems');
        assertContains(error.message, 'actions[0].minutes');
        return true;
      },
    );
  });

  it('checks that an answer leading to an action reaches every device the question is for', () => {
    const kb = tinyKnowledgeBase({
      devices: [device('gadget', { x: 0.5, y: 0.3, z: 0.2 }), device('widget', { x: 1 })],
      actions: [action('fix-x', 1, { x: 0.8 }, { devices: ['gadget'] })],
      questions: [
        question('wet', [
          { id: 'yes', label: 'Yes', likelihood: {}, next: 'fix-x' },
          { id: 'no', label: 'No', likelihood: {} },
        ]),
      ],
    });
    const problems = problemsOf(kb);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0]!.path, 'questions[0].options[0].next');
  });

  it('accepts likelihoods left out of some options (they share what is left)', () => {
    const kb = tinyKnowledgeBase({
      questions: [
        question('partial', [
          { id: 'a', label: 'A', likelihood: { x: 0.6 } },
          { id: 'b', label: 'B', likelihood: {} },
          { id: 'c', label: 'C', likelihood: {} },
        ]),
      ],
    });
    assert.equal(validateKnowledgeBase(kb), kb);
  });

  it('only ever throws KnowledgeBaseError, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        try {
          validateKnowledgeBase(input);
          return false; // random JSON is never a valid knowledge base
        } catch (error) {
          return error instanceof KnowledgeBaseError && error.problems.length > 0;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes when any one field of a valid knowledge base is replaced by junk', () => {
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      } else leaves.push(path);
    };
    walk(withQuestion(), []);
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.constantFrom<unknown>(null, -1, 2, '', 'x', [], {}, true), (path, junk) => {
        const kb: Json = clone(withQuestion());
        let owner = kb;
        for (const key of path.slice(0, -1)) owner = owner[key];
        owner[path.at(-1)!] = junk;
        try {
          return validateKnowledgeBase(kb) === kb; // some swaps stay valid: a label 'x', a minutes of 2
        } catch (error) {
          return error instanceof KnowledgeBaseError;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('svgProblem: what an inline drawing may hold', () => {
  const shape = fc.record({
    name: fc.constantFrom('g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon'),
    attributes: fc.array(
      fc.tuple(
        fc.constantFrom(...[...SVG_ATTRIBUTES].filter((a) => a !== 'xmlns')),
        fc.stringMatching(/^[A-Za-z0-9 .,#()+-]{0,12}$/).filter((v) => !/url\s*\(/i.test(v)),
      ),
      { maxLength: 4 },
    ),
  });
  const drawing = fc
    .array(shape, { maxLength: 6 })
    .map(
      (shapes) =>
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${shapes
          .map(({ name, attributes }) => `<${name}${attributes.map(([a, v]) => ` ${a}="${v}"`).join('')}/>`)
          .join('')}</svg>`,
    );

  it('accepts any drawing of allowed shapes, attributes and values', () => {
    fc.assert(fc.property(drawing, (svg) => svgProblem(svg) === undefined));
  });

  it('refuses a drawing with anything that runs, styles, links, fetches or writes text', () => {
    const hostile = fc.constantFrom(
      '<script>alert(1)</script>',
      '<foreignObject><div/></foreignObject>',
      '<image href="x.png"/>',
      '<a href="https://evil.example"><rect/></a>',
      '<text>hi</text>',
      '<rect onclick="alert(1)"/>',
      '<rect style="fill:red"/>',
      '<rect fill="url(#x)"/>',
      '<!-- note -->',
      '<![CDATA[x]]>',
      '<use href="#a"/>',
      '<rect fill=red/>',
      "<rect fill='red'/>",
    );
    fc.assert(
      fc.property(drawing, hostile, fc.nat(), (svg, bad, at) => {
        const cut = svg.indexOf('>') + 1 + (at % Math.max(1, svg.length - svg.indexOf('>') - 7));
        const insertAt = svg.lastIndexOf('>', cut) + 1 || svg.indexOf('>') + 1;
        return svgProblem(svg.slice(0, insertAt) + bad + svg.slice(insertAt)) !== undefined;
      }),
    );
  });

  it('says what is wrong with any string at all, and never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => ['string', 'undefined'].includes(typeof svgProblem(text))));
    assert.match(svgProblem('<svg></svg><svg></svg>')!, /one <svg> element/);
    assert.match(svgProblem('<svg xmlns="http://evil.example"></svg>')!, /xmlns must be/);
  });

  it('accepts every drawing in the built-in knowledge base', () => {
    for (const [id, image] of Object.entries(defaultKnowledgeBase.images ?? {})) {
      assert.equal(image.svg && svgProblem(image.svg), undefined, id);
    }
  });
});

describe('validateKnowledgeBase: every answer must be possible', () => {
  const twoAnswers = (a: Record<string, number>, b: Record<string, number>, extra: Json = {}) =>
    tinyKnowledgeBase({
      questions: [
        question('light', [
          { id: 'a', label: 'A', likelihood: a, ...extra },
          { id: 'b', label: 'B', likelihood: b },
        ]),
      ],
    });

  it('reports an answer whose likelihood is 0 for every cause, at its likelihood', () => {
    const problems = problemsOf(twoAnswers({ x: 0, y: 0, z: 0 }, { x: 1, y: 1, z: 1 }));
    assert.deepEqual(
      problems.map((p) => p.path),
      ['questions[0].options[0].likelihood'],
    );
    assert.match(problems[0]!.message, /0 for every cause.*"a" could never be given and changes no belief/);
  });

  it('reports an answer the fill rule leaves nothing for: its partners take all of every cause', () => {
    const problems = problemsOf(twoAnswers({}, { x: 1, y: 1, z: 1 }));
    assert.deepEqual(
      problems.map((p) => p.path),
      ['questions[0].options[0].likelihood'],
    );
  });

  it('accepts an answer with zeros for the causes it names when a cause it leaves out still shares what is left', () => {
    const kb = twoAnswers({ x: 0, y: 0 }, { x: 1, y: 1 }); // z is named by neither: each answer has 1/2 of it
    assert.equal(validateKnowledgeBase(kb), kb);
  });

  it('accepts an impossible-looking answer that ends the session at once (its likelihood is never used)', () => {
    const kb = twoAnswers({ x: 0, y: 0, z: 0 }, { x: 1, y: 1, z: 1 }, { outcome: 'safety-stop' });
    assert.equal(validateKnowledgeBase(kb), kb);
  });

  it('accepts an answer equally likely under every cause: an honest "cannot tell", as the built-in knowledge base has', () => {
    const cannotTry = defaultKnowledgeBase.questions
      .find((q) => q.id === 'cable-on-other-device')!
      .options.find((o) => o.id === 'cannot-try')!;
    const values = Object.values(cannotTry.likelihood);
    assert.equal(values.length, defaultKnowledgeBase.causes.length);
    assert.ok(values.every((p) => p === values[0]));
    assert.equal(cannotTry.outcome ?? cannotTry.next ?? cannotTry.excludes, undefined, 'it leads nowhere and is still valid');
    const kb = twoAnswers({ x: 0.5, y: 0.5, z: 0.5 }, { x: 0.5, y: 0.5, z: 0.5 });
    assert.equal(validateKnowledgeBase(kb), kb);
  });

  it('reports exactly the answers that are 0 for every cause, for any columns that add up to 1', () => {
    // Per cause, three answers share 1 in steps of a quarter, so zeros are common.
    const column = fc.constantFrom([4, 0, 0], [0, 4, 0], [0, 0, 4], [2, 2, 0], [0, 2, 2], [2, 0, 2], [1, 1, 2], [0, 1, 3]);
    fc.assert(
      fc.property(fc.tuple(column, column, column), (columns) => {
        const causes = ['x', 'y', 'z'];
        const options = [0, 1, 2].map((i) => ({
          id: `o${i}`,
          label: `O${i}`,
          likelihood: Object.fromEntries(causes.map((cause, c) => [cause, columns[c]![i]! / 4])),
        }));
        const kb = tinyKnowledgeBase({ questions: [question('q', options)] });
        const impossible = [0, 1, 2].filter((i) => columns.every((col) => col[i] === 0));
        let reported: string[] = [];
        try {
          validateKnowledgeBase(kb);
        } catch (error) {
          reported = (error as KnowledgeBaseError).problems.map((p) => p.path);
        }
        assert.deepEqual(
          reported,
          impossible.map((i) => `questions[0].options[${i}].likelihood`),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('validateKnowledgeBase: long strings from outside are cut in its messages', () => {
  it('echoes at most 80 characters of a 1,000,000-character device id, an unknown field and a bad id', () => {
    const long = 'a'.repeat(1_000_000);
    const kb: Json = clone(withQuestion());
    kb.questions[0].devices = [long];
    kb.causes[0].id = `${long}!`;
    kb.devices[0][`${long}x`] = 1;
    const problems = problemsOf(kb);
    for (const { path, message } of problems)
      assert.ok(path.length + message.length < 600, `${path.slice(0, 600)}: ${message.slice(0, 600)}`);
    assert.ok(problems.some((p) => p.message.includes(`unknown device "${'a'.repeat(79)}…"`)));
  });
});
