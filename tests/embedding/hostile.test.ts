import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { storageKey } from '../../src/components/charge-troubleshooter/persistence.js';
import { type KnowledgeBase, progressScope } from '../../src/core/index.js';
import type { ChargeTroubleshooter, CtErrorDetail } from '../../src/index.js';
import { outcomesKnowledgeBase } from '../components/outcomes-knowledge-base.js';
import { FakeClock } from '../fake-clock.js';
import { BUILT_IN_REPLIES } from './built-in-replies.js';
import { openFrame } from './frame.js';
import { answer, answerButtons, deepQuery, deepText, settled, shown, stepOf } from './widget-page.js';

/**
 * Hostile pages and inputs for the drop-in bundle: bad sources, sources that hang, absurd text,
 * prototype-named ids, tampered storage, Trusted Types, a knowledge base changed under the widget.
 * Each case runs in a page of its own on 127.0.0.1 (pages/hostile/, whose recorder.js notes uncaught
 * errors, CSP violations, every `ct-error` and console warnings), at a 320 px wide viewport, and checks
 * at the end that nothing was thrown at the page and that the page does not scroll sideways.
 */

type Recorded = {
  violations: string[];
  pageErrors: string[];
  ctErrors: (CtErrorDetail & { id: string })[];
  warnings: string[];
};
type PageWindow = Window & typeof globalThis & Recorded;
type Widget = ChargeTroubleshooter;

const PAGES = '/tests/embedding/pages/hostile/';
const STORAGE_PREFIX = 'charge-troubleshooter:';
/** Where a widget of this device, with no shop settings and the built-in knowledge base, keeps its progress. */
const keyOf = (device: string) => storageKey(device, undefined, undefined);
const HUGE = 'W'.repeat(100_000);

/** Loads a hostile page in a frame filling the (320 px wide) viewport and waits for its widgets. */
async function openPage(name: string): Promise<PageWindow> {
  const frame = await openFrame(PAGES + name, 'position: fixed; inset: 0; width: 100%; height: 100%; border: 0');
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('charge-troubleshooter');
  for (const widget of win.document.querySelectorAll('charge-troubleshooter')) await settled(widget as Widget);
  return win;
}

/** Adds a widget to the page with these attributes and properties, and waits until it shows something. */
async function addWidget(win: PageWindow, attributes: Record<string, string>, properties: Partial<Widget> = {}): Promise<Widget> {
  const widget = create(win, attributes, properties);
  win.document.body.append(widget);
  await settled(widget);
  return widget;
}

function create(win: PageWindow, attributes: Record<string, string>, properties: Partial<Widget> = {}): Widget {
  const widget = win.document.createElement('charge-troubleshooter') as Widget;
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  Object.assign(widget, properties);
  return widget;
}

function currentId(widget: Widget): string {
  return (shown(widget) as unknown as { prompt?: { id: string } } | null)?.prompt?.id ?? '(none)';
}

/** Answers until a result: actions "not-fixed", questions as `replies` says (else their last answer). */
async function walkToResult(widget: Widget, replies: Record<string, string> = {}, seen?: (widget: Widget) => void): Promise<string> {
  for (let i = 0; i < 30; i++) {
    const result = widget.shadowRoot!.querySelector('charge-troubleshooter-result');
    if (result) return (result as unknown as { prompt: { outcome: string } }).prompt.outcome;
    seen?.(widget);
    const prompt = stepOf(widget).prompt!;
    await answer(widget, prompt.kind === 'action' ? 'not-fixed' : (replies[prompt.id] ?? prompt.options.at(-1)!.id));
  }
  throw new Error('no result after 30 answers');
}

function errorPart(widget: Widget): Element | null {
  return widget.shadowRoot!.querySelector('[part="error"]');
}

/** The error state, and nothing of a session: no step, no result, no products. */
function expectErrorState(widget: Widget): Element {
  const error = errorPart(widget);
  expect(error, `error state expected; showing: ${deepText(widget).trim().slice(0, 200)}`).to.not.equal(null);
  expect(error!.textContent!.trim(), 'the error state says something').to.not.equal('');
  expect(shown(widget), 'no step or result beside the error').to.equal(null);
  expect(deepText(widget)).to.not.contain('Safety check first');
  return error!;
}

/** The `ct-error`s the widget with this id sent. */
function ctErrorsOf(win: PageWindow, id: string): Recorded['ctErrors'] {
  return win.ctErrors.filter((error) => error.id === id);
}

/** What every case ends with: nothing thrown at the page, and the page no wider than the viewport. */
function expectCalmPage(win: PageWindow): void {
  expect(win.pageErrors, 'uncaught errors on the host page').to.deep.equal([]);
  expect(win.innerWidth).to.equal(320);
  expect(win.document.documentElement.scrollWidth, 'the host page scrolls sideways').to.be.at.most(win.innerWidth);
}

/** Each element inside the viewport's width. */
function expectWithinWidth(win: PageWindow, elements: Element[], what: string): void {
  expect(elements.length, `${what}: some shown`).to.be.above(0);
  for (const element of elements) {
    const { left, right, width } = element.getBoundingClientRect();
    expect(width, `${what} has a size`).to.be.above(0);
    expect(left, `${what} starts inside the viewport`).to.be.at.least(0);
    expect(right, `${what} ends inside the viewport (${right} px)`).to.be.at.most(win.innerWidth + 0.5);
  }
}

/** `fetch` on the page, wrapped: requests for `path` get what `answer` gives; everything else goes through. */
function interceptFetch(win: PageWindow, path: string, answer: (init: RequestInit | undefined) => Promise<Response>): void {
  const original = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, win.location.href);
    return url.pathname.endsWith(path) ? answer(init) : original(input, init);
  };
}

/** A fetch that never answers, as a real one does on a server that hangs: it gives up only when aborted. */
function hang(init: RequestInit | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
  });
}

/** The next `ct-error` the widget sends. */
function nextError(widget: Widget): Promise<CustomEvent<CtErrorDetail>> {
  return oneEvent(widget, 'ct-error') as Promise<CustomEvent<CtErrorDetail>>;
}

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

let builtIn: string | undefined;
/** The built-in knowledge base as the test server serves it beside the bundle. */
async function builtInKnowledgeBase(): Promise<KnowledgeBase> {
  builtIn ??= await (await fetch('/dist/cdn/knowledge-base.json')).text();
  return JSON.parse(builtIn) as KnowledgeBase;
}

const SMALL_REPLIES = { safety: 'none', age: 'unknown' };

function clearStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
}

describe('hostile pages and inputs (drop-in bundle, 320 px wide)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(clearStorage);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    clearStorage();
  });

  describe('sources that answer, but not with a knowledge base', () => {
    it('(1) src answering null, [], "x" or {}: the error state with the problems and a ct-error, never the built-in products', async () => {
      const win = await openPage('bad-src.html');
      const expectations: Record<string, (paths: string[]) => void> = {
        null: (paths) => expect(paths).to.deep.equal(['$']),
        array: (paths) => expect(paths).to.deep.equal(['$']),
        string: (paths) => expect(paths).to.deep.equal(['$']),
        empty: (paths) => expect(paths).to.include.members(['schemaVersion', 'causes', 'actions', 'questions', 'devices']),
      };
      for (const [id, expectPaths] of Object.entries(expectations)) {
        const widget = win.document.getElementById(id) as Widget;
        const error = expectErrorState(widget);
        const sent = ctErrorsOf(win, id);
        expect(sent, `${id}: one ct-error`).to.have.length(1);
        expect(sent[0]!.problems, `${id}: ct-error has problems`).to.be.an('array').that.is.not.empty;
        expectPaths(sent[0]!.problems!.map((problem) => problem.path));
        // The problems are listed in the error state, with their paths.
        const listed = [...error.querySelectorAll('li code')].map((code) => code.textContent);
        expect(listed, `${id}: problems listed`).to.include(sent[0]!.problems![0]!.path);
        // A knowledge base that is wrong is no load failure: trying again would fetch the same.
        expect(widget.shadowRoot!.querySelector('[part="retry"]'), `${id}: no retry`).to.equal(null);
      }
      expectCalmPage(win);
    });

    it('(1b) src with "__proto__" and "constructor" fields: the error state, and no prototype polluted', async () => {
      const win = await openPage('bad-src.html');
      const widget = win.document.getElementById('proto') as Widget;
      expectErrorState(widget);
      const paths = ctErrorsOf(win, 'proto')[0]!.problems!.map((problem) => problem.path);
      expect(paths).to.include.members(['__proto__', 'constructor']);
      expect((win.Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expectCalmPage(win);
    });

    it('(1c) a knowledge base with one wrong field, from src or as a property: the error state naming that field', async () => {
      const win = await openPage('blank.html');
      const kb = (await builtInKnowledgeBase()) as unknown as { causes: Record<string, unknown>[] };
      kb.causes[0]!.userFixable = 'yes';
      interceptFetch(
        win,
        '/one-wrong-field.json',
        async () => new Response(JSON.stringify(kb), { headers: { 'content-type': 'application/json' } }),
      );
      const fromSrc = await addWidget(win, { id: 'from-src', device: 'shokz-openrun', src: 'one-wrong-field.json' });
      const fromProperty = await addWidget(
        win,
        { id: 'from-property', device: 'shokz-openrun' },
        { knowledgeBase: kb as unknown as KnowledgeBase },
      );
      for (const widget of [fromSrc, fromProperty]) {
        const error = expectErrorState(widget);
        const sent = ctErrorsOf(win, widget.id);
        expect(sent).to.have.length(1);
        expect(sent[0]!.problems!.map((problem) => problem.path)).to.deep.equal(['causes[0].userFixable']);
        expect(error.textContent).to.contain('causes[0].userFixable');
      }
      expectCalmPage(win);
    });
  });

  describe('sources that fail to load', () => {
    it('(2) src that never answers, load-timeout 0.05: the error state with "Try again", which loads it once it answers', async () => {
      const win = await openPage('blank.html');
      let answering = false;
      interceptFetch(win, '/hangs.json', (init) =>
        answering ? win.fetch(new URL('/dist/cdn/knowledge-base.json', win.location.href).href, init) : hang(init),
      );
      const widget = create(win, { id: 'hangs', device: 'shokz-openrun', src: 'hangs.json', 'load-timeout': '0.05' });
      const failed = nextError(widget);
      win.document.body.append(widget);
      const { detail } = await failed;
      await settled(widget);
      expect(detail.message).to.contain('0.05');
      expect(detail.problems).to.equal(undefined);
      expectErrorState(widget);
      const retry = widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
      expect(retry!.textContent!.trim()).to.equal('Try again');
      expectWithinWidth(win, [retry!], '"Try again"');
      expectCalmPage(win);

      answering = true;
      retry!.click();
      await settled(widget);
      expect(errorPart(widget)).to.equal(null);
      expect(currentId(widget)).to.equal('safety');
      expect(stepOf(widget).shadowRoot!.querySelector('h2')!.textContent).to.contain('Safety check first');
      expect(ctErrorsOf(win, 'hangs')).to.have.length(1);
      expectCalmPage(win);
    });

    it('(2c) the load timeout counts on the widget’s clock: the default 10 s pass when the clock says so, not in real time', async () => {
      const win = await openPage('blank.html');
      interceptFetch(win, '/stalls.json', hang);
      const clock = new FakeClock(Date.UTC(2026, 10, 21, 12));
      const widget = create(win, { id: 'stalls', device: 'shokz-openrun', src: 'stalls.json' }, { clock });
      const failed = nextError(widget);
      const began = performance.now();
      win.document.body.append(widget);
      // Its updateComplete waits for the load, so a frame is what the test waits for instead.
      for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(errorPart(widget), 'still loading: the clock has not moved').to.equal(null);
      clock.advance(9_999);
      await Promise.resolve();
      expect(errorPart(widget), 'still loading a moment before the timeout').to.equal(null);
      clock.advance(1);
      const { detail } = await failed;
      await settled(widget);
      expect(detail.message).to.contain('within 10 s');
      expectErrorState(widget);
      expect(performance.now() - began, 'no real waiting').to.be.below(5_000);
      expect(clock.pending, 'the deadline is spent').to.equal(0);
    });

    it('(2b) a fetch wrapper that drops the abort signal and answers late: still the error state at the timeout, and it stays', async function () {
      // Host pages wrap fetch (monitoring, analytics) and some wrappers lose `init.signal`: the timeout
      // must not depend on fetch honouring an abort, so the widget races the request against its timer.
      this.timeout(4000);
      const win = await openPage('blank.html');
      const late = deferred<Response>();
      interceptFetch(win, '/late.json', () => late.promise);
      const widget = create(win, { id: 'late', device: 'shokz-openrun', src: 'late.json', 'load-timeout': '0.05' });
      const failed = nextError(widget);
      win.document.body.append(widget);
      await failed;
      late.resolve(new Response(await (await fetch('/dist/cdn/knowledge-base.json')).text()));
      await settled(widget);
      expectErrorState(widget);
      expect(widget.shadowRoot!.querySelector('[part="retry"]')).to.not.equal(null);
      expectCalmPage(win);
    });

    // Widgets on a page share one request per address, but each keeps its own load-timeout: the first
    // widget's deadline must not cut the second's short, nor stretch it.
    it('two widgets on one slow src, the first with load-timeout 0.05: the second still waits its own 10 s and loads', async () => {
      const win = await openPage('blank.html');
      const answers: { resolve(response: Response): void }[] = [];
      interceptFetch(win, '/slow.json', (init) => {
        const answer = deferred<Response>();
        answers.push(answer);
        return Promise.race([answer.promise, hang(init)]);
      });
      const impatient = create(win, { id: 'impatient', device: 'shokz-openrun', src: 'slow.json', 'load-timeout': '0.05' });
      const patient = create(win, { id: 'patient', device: 'shokz-openrun', src: 'slow.json' });
      const failed = nextError(impatient);
      win.document.body.append(impatient, patient);
      await failed;
      await settled(impatient);
      expectErrorState(impatient);
      expect(ctErrorsOf(win, 'patient'), "the patient widget gave up at the other one's timeout").to.deep.equal([]);
      const kb = await (await fetch('/dist/cdn/knowledge-base.json')).text();
      for (const answer of answers) answer.resolve(new Response(kb));
      await settled(patient);
      expect(currentId(patient)).to.equal('safety');
      expectCalmPage(win);
    });

    it('two widgets on one src that never answers, the second with load-timeout 0.05: the second gives up at its own timeout', async function () {
      this.timeout(4000);
      const win = await openPage('blank.html');
      interceptFetch(win, '/never.json', hang);
      const patient = create(win, { id: 'patient', device: 'shokz-openrun', src: 'never.json' });
      const impatient = create(win, { id: 'impatient', device: 'shokz-openrun', src: 'never.json', 'load-timeout': '0.05' });
      const failed = nextError(impatient);
      win.document.body.append(patient, impatient);
      const { detail } = await failed;
      expect(detail.message).to.contain('0.05');
      await settled(impatient);
      expectErrorState(impatient);
      expectCalmPage(win);
    });

    it('a widget taken off the page while its src loads, and put back: shows the loaded session', async () => {
      const win = await openPage('blank.html');
      const answer = deferred<Response>();
      const requested = deferred<void>();
      interceptFetch(win, '/deferred.json', (init) => {
        requested.resolve();
        return Promise.race([answer.promise, hang(init)]);
      });
      const widget = create(win, { id: 'moved', device: 'shokz-openrun', src: 'deferred.json' });
      win.document.body.append(widget);
      await requested.promise;
      expect(widget.shadowRoot!.querySelector('[part="loading"]'), 'loading when taken off').to.not.equal(null);
      widget.remove();
      answer.resolve(new Response(await (await fetch('/dist/cdn/knowledge-base.json')).text()));
      await widget.updateComplete;
      win.document.body.append(widget);
      await settled(widget);
      expect(currentId(widget)).to.equal('safety');
      expect(stepOf(widget).shadowRoot!.querySelector('h2')!.textContent).to.contain('Safety check first');
      expectCalmPage(win);
    });

    it('src answering 404, twice: the error state with "Try again", and pressing it fails again the same way', async () => {
      const win = await openPage('blank.html');
      const widget = await addWidget(win, { id: 'missing', device: 'shokz-openrun', src: 'does-not-exist.json' });
      expectErrorState(widget);
      expect(ctErrorsOf(win, 'missing')[0]!.message).to.contain('HTTP 404');
      const again = nextError(widget);
      widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await again;
      await settled(widget);
      expectErrorState(widget);
      expect(widget.shadowRoot!.querySelector('[part="retry"]')).to.not.equal(null);
      expect(ctErrorsOf(win, 'missing')).to.have.length(2);
      expectCalmPage(win);
    });

    it('src answering HTML, not JSON: a load failure with "Try again"', async () => {
      const win = await openPage('blank.html');
      const widget = await addWidget(win, { id: 'html', device: 'shokz-openrun', src: 'blank.html' });
      expectErrorState(widget);
      expect(widget.shadowRoot!.querySelector('[part="retry"]')).to.not.equal(null);
      expect(ctErrorsOf(win, 'html')).to.have.length(1);
      expect(ctErrorsOf(win, 'html')[0]!.problems).to.equal(undefined);
      expectCalmPage(win);
    });

    it('src="javascript:alert(1)": a load failure, nothing run', async () => {
      const win = await openPage('blank.html');
      const alerts: unknown[] = [];
      win.alert = (message?: unknown) => alerts.push(message);
      const widget = await addWidget(win, { id: 'js', device: 'shokz-openrun', src: 'javascript:alert(1)' });
      expectErrorState(widget);
      expect(ctErrorsOf(win, 'js')).to.have.length(1);
      expect(alerts).to.deep.equal([]);
      expectCalmPage(win);
    });

    it('a src of 600 unbroken characters that fails: the error message wraps, the page does not scroll sideways', async () => {
      const win = await openPage('blank.html');
      const widget = await addWidget(win, { id: 'long', device: 'shokz-openrun', src: `missing-${'x'.repeat(600)}.json` });
      expectErrorState(widget);
      expectWithinWidth(win, [errorPart(widget)!], 'the error state');
      expectCalmPage(win);
    });
  });

  describe('knowledge bases that are valid but absurd, or tricky', () => {
    it('(3) 100 KB of unbroken text in a question, its answers and an action: no sideways scrolling, every control within the width', async () => {
      const win = await openPage('blank.html');
      const kb = outcomesKnowledgeBase();
      kb.questions[0]!.title = HUGE;
      kb.questions[0]!.options[0]!.label = `${HUGE}Y`;
      kb.questions[0]!.options[1]!.label = `${HUGE}N`;
      kb.actions[0]!.title = HUGE;
      kb.actions[0]!.steps = [HUGE];
      const widget = await addWidget(win, { id: 'huge', device: 'gizmo', region: 'EU' }, { knowledgeBase: kb });
      expect(errorPart(widget), deepText(widget).slice(0, 200)).to.equal(null);
      expect(currentId(widget)).to.equal('safety');
      expectWithinWidth(win, answerButtons(widget), 'an answer button');
      expectWithinWidth(win, [stepOf(widget).shadowRoot!.querySelector('h2')!], 'the heading');
      expectCalmPage(win);

      await answer(widget, 'none');
      expect(currentId(widget)).to.equal('clean');
      const step = stepOf(widget).shadowRoot!;
      expectWithinWidth(win, answerButtons(widget), 'an action answer');
      expectWithinWidth(win, [...step.querySelectorAll('[part="instructions"] li')], 'the 100 KB instruction');
      expectWithinWidth(win, [step.querySelector('[part="back"]')!, step.querySelector('[part="start-over"]')!], 'Back and "Start over"');
      expectCalmPage(win);

      expect(await walkToResult(widget, SMALL_REPLIES)).to.equal('contact-support');
      expectWithinWidth(win, deepQuery(widget, 'button, a[href]'), 'a control of the result');
      expectCalmPage(win);
    });

    it('(4) causes named "constructor" and "toString", a device named "hasOwnProperty": a working session with no NaN', async () => {
      const win = await openPage('blank.html');
      const kb = JSON.parse(
        JSON.stringify(outcomesKnowledgeBase())
          .replaceAll('"dirt"', '"constructor"')
          .replaceAll('"wear"', '"toString"')
          .replaceAll('"gizmo"', '"hasOwnProperty"'),
      ) as KnowledgeBase;
      expect(kb.causes.map((cause) => cause.id)).to.deep.equal(['constructor', 'toString']);
      const widget = await addWidget(win, { id: 'names', device: 'hasOwnProperty', region: 'EU' }, { knowledgeBase: kb });
      if (errorPart(widget)) {
        // Refusing the names is allowed, with the paths that say why.
        const problems = ctErrorsOf(win, 'names')[0]!.problems!;
        expect(problems).to.be.an('array').that.is.not.empty;
        expect(problems.every((problem) => problem.path !== '')).to.equal(true);
      } else {
        expect(currentId(widget)).to.equal('safety');
        const texts: string[] = [];
        const outcome = await walkToResult(widget, { safety: 'none', age: 'warranty' }, (w) => texts.push(deepText(w)));
        expect(outcome).to.equal('warranty-claim');
        texts.push(deepText(widget));
        const summary = (widget.shadowRoot!.querySelector('charge-troubleshooter-result') as unknown as { summary: string }).summary;
        for (const text of [...texts, summary]) {
          expect(text).to.not.match(/NaN|undefined|Infinity|\[object /);
        }
        expect(summary).to.contain('Acme Gizmo');
        expect(ctErrorsOf(win, 'names')).to.deep.equal([]);
      }
      expectCalmPage(win);
    });

    it('(5) translation tags the validator must refuse ("en-a1", "de-DE-AB", "__proto__"): the error state, problems naming them', async () => {
      const win = await openPage('blank.html');
      const tags = ['en-a1', 'de-DE-AB', '__proto__'];
      for (const tag of tags) {
        const kb = outcomesKnowledgeBase();
        // JSON.parse makes "__proto__" an own key, as a fetched file would.
        (kb as unknown as { translations: unknown }).translations = JSON.parse(`{${JSON.stringify(tag)}: {}}`);
        const widget = await addWidget(win, { id: `tag-${tag}`, device: 'gizmo' }, { knowledgeBase: kb });
        const error = expectErrorState(widget);
        const sent = ctErrorsOf(win, `tag-${tag}`);
        expect(sent, tag).to.have.length(1);
        const paths = sent[0]!.problems!.map((problem) => problem.path);
        expect(
          paths.some((path) => path.startsWith('translations') && path.includes(tag)),
          `${tag}: ${paths.join(', ')}`,
        ).to.equal(true);
        expect(error.textContent).to.contain(tag);
      }
      expectCalmPage(win);
    });

    it('(6) a knowledge base changed after it was shown (a javascript: supportUrl): restarted, no javascript: link anywhere', async () => {
      const win = await openPage('blank.html');
      const kb = outcomesKnowledgeBase();
      const widget = await addWidget(win, { id: 'mutated', device: 'gizmo', region: 'EU' }, { knowledgeBase: kb });
      expect(await walkToResult(widget, SMALL_REPLIES)).to.equal('contact-support');
      const hrefs = () => deepQuery(widget, '[href]').map((a) => a.getAttribute('href')!);
      expect(hrefs(), 'the support page is linked before the change').to.include('https://support.example/gizmo');

      kb.devices[0]!.supportUrl = 'javascript:alert(1)';
      kb.devices[0]!.warrantyUrl = 'javascript:alert(2)';
      widget.restart();
      await settled(widget);
      expect(currentId(widget)).to.equal('safety');
      expect(await walkToResult(widget, SMALL_REPLIES)).to.equal('contact-support');
      expect(hrefs().filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
      expect(hrefs()).to.include('https://support.example/gizmo');
      // Walked to a warranty claim too, which links the warranty page.
      widget.restart();
      await settled(widget);
      expect(await walkToResult(widget, { safety: 'none', age: 'warranty' })).to.equal('warranty-claim');
      expect(hrefs().filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
      expect(ctErrorsOf(win, 'mutated')).to.deep.equal([]);
      expectCalmPage(win);
    });

    it('(6b) a new knowledge base object with a javascript: supportUrl: the error state naming the field', async () => {
      const win = await openPage('blank.html');
      const kb = outcomesKnowledgeBase();
      const widget = await addWidget(win, { id: 'swapped', device: 'gizmo' }, { knowledgeBase: kb });
      expect(currentId(widget)).to.equal('safety');
      const failed = nextError(widget);
      widget.knowledgeBase = { ...kb, devices: [{ ...kb.devices[0]!, supportUrl: 'javascript:alert(1)' }] };
      const { detail } = await failed;
      await settled(widget);
      expectErrorState(widget);
      expect(detail.problems!.map((problem) => problem.path)).to.deep.equal(['devices[0].supportUrl']);
      expect(deepQuery(widget, '[href]').filter((a) => /javascript:/i.test(a.getAttribute('href')!))).to.deep.equal([]);
      expectCalmPage(win);
    });

    it('pictures that are not plain shapes (a <script>, an onload, a javascript: src): the error state naming each', async () => {
      const win = await openPage('blank.html');
      const kb = outcomesKnowledgeBase();
      kb.images = {
        script: { svg: '<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>', alt: 'a script' },
        handler: { svg: '<svg viewBox="0 0 1 1" onload="alert(1)"><path d="M0 0"/></svg>', alt: 'a handler' },
        link: { src: 'javascript:alert(1)', alt: 'a link' },
        remote: { src: '//evil.example/tracker.png', alt: 'another host' },
      };
      const widget = await addWidget(win, { id: 'pictures', device: 'gizmo' }, { knowledgeBase: kb });
      expectErrorState(widget);
      const paths = ctErrorsOf(win, 'pictures')[0]!.problems!.map((problem) => problem.path);
      for (const name of ['script', 'handler', 'link', 'remote']) {
        expect(
          paths.some((path) => path.startsWith(`images.${name}`)),
          `${name}: ${paths.join(', ')}`,
        ).to.equal(true);
      }
      expect(deepQuery(widget, 'svg, img, script')).to.deep.equal([]);
      expectCalmPage(win);
    });

    it('a knowledge base whose fields throw when read (a Proxy), or null, or a number: the error state, never an uncaught error', async () => {
      const win = await openPage('blank.html');
      const throwing = new Proxy(outcomesKnowledgeBase(), {
        get(target, key) {
          if (key === 'devices' || key === 'causes') throw new Error('boom from a getter');
          return Reflect.get(target, key);
        },
      });
      for (const [id, knowledgeBase] of [
        ['proxy', throwing],
        ['null', null],
        ['number', 42],
      ] as const) {
        const widget = await addWidget(win, { id, device: 'gizmo' }, { knowledgeBase: knowledgeBase as unknown as KnowledgeBase });
        expectErrorState(widget);
        expect(ctErrorsOf(win, id), id).to.have.length(1);
      }
      expect(ctErrorsOf(win, 'null')[0]!.problems!.map((problem) => problem.path)).to.deep.equal(['$']);
      expectCalmPage(win);
    });
  });

  describe('settings a page can get wrong', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['device="__proto__"', { device: '__proto__' }, /__proto__/],
      ['device="constructor"', { device: 'constructor' }, /constructor/],
      ['purchase-date in the year 9999', { device: 'shokz-openrun', 'purchase-date': '9999-12-31' }, /9999-12-31/],
      ['purchase-date that is no date', { device: 'shokz-openrun', 'purchase-date': '2024-02-30' }, /2024-02-30/],
      ['return-days="-1"', { device: 'shokz-openrun', 'return-days': '-1' }, /returnDays/],
      ['return-days="abc"', { device: 'shokz-openrun', 'return-days': 'abc' }, /returnDays/],
      ['region="__proto__"', { device: 'shokz-openrun', region: '__proto__' }, /__proto__/],
      ['locale="xx-invalid-!!"', { device: 'shokz-openrun', locale: 'xx-invalid-!!' }, /xx-invalid-!!/],
      ['accessories that are not JSON', { device: 'shokz-openrun', accessories: '{"cable": ' }, /accessories/],
    ];
    for (const [name, attributes, message] of cases) {
      it(`${name}: the error state and a ct-error saying what is wrong`, async () => {
        const win = await openPage('blank.html');
        const widget = create(win, { id: 'setting', ...attributes });
        const failed = nextError(widget);
        win.document.body.append(widget);
        const { detail } = await failed;
        await settled(widget);
        expect(detail.message).to.match(message);
        const error = expectErrorState(widget);
        expect(error.textContent).to.match(message);
        expect(widget.shadowRoot!.querySelector('[part="retry"]'), 'a setting is no load failure').to.equal(null);
        expect(ctErrorsOf(win, 'setting')).to.have.length(1);
        expectCalmPage(win);
      });
    }

    it('load-timeout="abc" (not a number): never "NaN" shown to the shopper', async () => {
      // Either the default timeout is used and the knowledge base loads, or the setting is the error:
      // a "no answer within NaN s" that no "Try again" can ever fix is neither (nor for "0" or "-1").
      const win = await openPage('blank.html');
      const widget = await addWidget(win, { id: 'timeout', device: 'shokz-openrun', 'load-timeout': 'abc' });
      expect(deepText(widget)).to.not.contain('NaN');
      if (errorPart(widget)) expect(ctErrorsOf(win, 'timeout')[0]!.message).to.match(/load-timeout|loadTimeout/);
      else expect(currentId(widget)).to.equal('safety');
      expectCalmPage(win);
    });

    it('locale switched to "xx-invalid-!!" mid-session: the error state and a ct-error, never an uncaught error', async () => {
      const win = await openPage('blank.html');
      const widget = await addWidget(win, { id: 'switch', device: 'shokz-openrun' });
      await answer(widget, 'none');
      const failed = nextError(widget);
      widget.locale = 'xx-invalid-!!';
      const { detail } = await failed;
      await settled(widget);
      expect(detail.message).to.contain('xx-invalid-!!');
      expectErrorState(widget);
      expectCalmPage(win);
    });
  });

  describe('the shopper and the page doing odd things', () => {
    // A button of a prompt already replaced (a double tap) must answer nothing: not the new prompt with
    // the old button's answer, and never an uncaught RangeError.
    it('a stale answer button (its prompt replaced) with an answer the new prompt lacks: ignored, never an uncaught error', async () => {
      const win = await openPage('blank.html');
      const widget = await addWidget(win, { id: 'stale', device: 'gizmo', region: 'EU' }, { knowledgeBase: outcomesKnowledgeBase() });
      const danger = answerButtons(widget).find((b) => b.value === 'danger')!;
      await answer(widget, 'none');
      expect(currentId(widget)).to.equal('clean');
      expect(danger.isConnected, 'the old button is gone from the page').to.equal(false);
      const answers: string[] = [];
      widget.addEventListener('ct-answer', (event) => answers.push(`${event.detail.promptId}:${event.detail.optionId}`));
      danger.click();
      await settled(widget);
      expect(win.pageErrors, 'uncaught errors on the host page').to.deep.equal([]);
      expect(currentId(widget)).to.equal('clean');
      expect(answers).to.deep.equal([]);
      expect(errorPart(widget)).to.equal(null);
      expectCalmPage(win);
    });

    it('a stale answer button with an answer the new prompt also has: it does not answer the new prompt', async () => {
      const win = await openPage('blank.html');
      const widget = await addWidget(win, { id: 'stale', device: 'gizmo', region: 'EU' }, { knowledgeBase: outcomesKnowledgeBase() });
      await answer(widget, 'none');
      expect(currentId(widget)).to.equal('clean');
      // "Still not charging" of the first action, clicked again once the second action is shown.
      const staleNotFixed = answerButtons(widget).find((b) => b.value === 'not-fixed')!;
      await answer(widget, 'not-fixed');
      expect(currentId(widget)).to.equal('wait');
      expect(staleNotFixed.isConnected, 'the old button is gone from the page').to.equal(false);
      const answers: string[] = [];
      widget.addEventListener('ct-answer', (event) => answers.push(`${event.detail.promptId}:${event.detail.optionId}`));
      staleNotFixed.click();
      await settled(widget);
      expect(currentId(widget), 'the stale answer answered the prompt shown now').to.equal('wait');
      expect(answers).to.deep.equal([]);
      expectCalmPage(win);
    });

    it('(7) tampered saved progress (another device, a timer at 1e301): not resumed, no absurd timer, a console warning', async () => {
      const win = await openPage('blank.html');
      const today = new Date().toISOString().slice(0, 10);
      win.localStorage.setItem(
        keyOf('shokz-openrun'),
        JSON.stringify({
          snapshot: { version: 1, device: 'soundcore-boost', today, history: [{ promptId: 'safety', optionId: 'none' }] },
          savedAt: Date.now(),
          timer: { promptId: 'how-it-started', startedAt: 1e301 },
          scope: progressScope(await builtInKnowledgeBase(), undefined),
          revision: 1,
        }),
      );
      const widget = await addWidget(win, { id: 'tampered', device: 'shokz-openrun', persist: '' });
      expect(widget.shadowRoot!.querySelector('[part="welcome"]'), 'no "Continue or start again?"').to.equal(null);
      expect(currentId(widget)).to.equal('safety');
      expect(stepOf(widget).stepNumber).to.equal(1);
      const text = deepText(widget);
      expect(text).to.not.contain('e+');
      expect(text).to.not.match(/Soundcore|Boost/);
      expect(
        win.warnings.filter((warning) => /discarded the saved session/.test(warning) && /another device/.test(warning)),
      ).to.have.length(1);
      // What is saved now is this device's fresh session.
      const saved = JSON.parse(win.localStorage.getItem(keyOf('shokz-openrun'))!);
      expect(saved.snapshot.device).to.equal('shokz-openrun');
      expect(saved.snapshot.history).to.deep.equal([]);
      expect(saved.timer).to.equal(undefined);
      expect(ctErrorsOf(win, 'tampered')).to.deep.equal([]);
      expectCalmPage(win);
    });

    it('(7b) saved progress of this device with its timer started at 1e301: resumed, the timer not running, nothing absurd shown', async () => {
      const win = await openPage('blank.html');
      const kb = outcomesKnowledgeBase();
      const first = await addWidget(win, { id: 'first', device: 'gizmo', persist: '' }, { knowledgeBase: kb });
      await answer(first, 'none');
      await answer(first, 'not-fixed');
      expect(currentId(first)).to.equal('wait');
      first.remove();
      const key = keyOf('gizmo');
      const saved = JSON.parse(win.localStorage.getItem(key)!);
      expect(saved.snapshot.history).to.have.length(2);
      win.localStorage.setItem(key, JSON.stringify({ ...saved, timer: { promptId: 'wait', startedAt: 1e301 }, startedAt: -1e301 }));

      const widget = await addWidget(win, { id: 'resumed', device: 'gizmo', persist: '' }, { knowledgeBase: kb });
      const welcome = widget.shadowRoot!.querySelector('[part="welcome"]');
      expect(welcome, 'welcomed back').to.not.equal(null);
      expect(deepText(widget)).to.not.match(/e\+|NaN|Infinity/);
      welcome!.querySelector<HTMLButtonElement>('button.primary')!.click();
      await settled(widget);
      expect(currentId(widget)).to.equal('wait');
      expect(stepOf(widget).timerStartedAt, 'the absurd timer is not believed').to.equal(undefined);
      expect(stepOf(widget).shadowRoot!.querySelector('[part="timer-start"]')).to.not.equal(null);
      expect(deepText(widget)).to.not.match(/e\+|NaN|Infinity/);
      expectCalmPage(win);
    });

    it('(7c) saved progress dated in the future or not JSON: discarded with a warning, a fresh session', async () => {
      const win = await openPage('blank.html');
      const key = keyOf('shokz-openrun');
      const today = new Date().toISOString().slice(0, 10);
      const snapshot = { version: 1, device: 'shokz-openrun', today, history: [{ promptId: 'safety', optionId: 'none' }] };
      for (const [i, value] of [
        JSON.stringify({ snapshot, savedAt: 1e301 }),
        '{"snapshot": ',
        JSON.stringify({ snapshot: '__proto__', savedAt: Date.now() }),
      ].entries()) {
        win.localStorage.setItem(key, value);
        const widget = await addWidget(win, { id: `saved-${i}`, device: 'shokz-openrun', persist: '' });
        expect(widget.shadowRoot!.querySelector('[part="welcome"]'), value).to.equal(null);
        expect(currentId(widget), value).to.equal('safety');
        expect(win.warnings, value).to.have.length(i + 1);
        widget.remove();
      }
      expectCalmPage(win);
    });

    it('(8) the wait timer keeps counting while the widget is off the page, and the session goes on where it was', async () => {
      const win = await openPage('blank.html');
      let now = Date.UTC(2026, 10, 21, 12);
      const widget = await addWidget(win, { id: 'timer', device: 'gizmo' }, { knowledgeBase: outcomesKnowledgeBase(), clock: () => now });
      await answer(widget, 'none');
      await answer(widget, 'not-fixed');
      expect(currentId(widget)).to.equal('wait');
      const steps: string[] = [];
      widget.addEventListener('ct-step', (event) => steps.push(event.detail.prompt.id));
      stepOf(widget).shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-start"]')!.click();
      await settled(widget);
      const timerText = () => stepOf(widget).shadowRoot!.querySelector('[part="timer"] .clock')!.textContent!.trim();
      expect(timerText()).to.equal('30:00 left');

      widget.remove();
      now += 10 * 60_000;
      const elsewhere = win.document.createElement('section');
      win.document.body.append(elsewhere);
      elsewhere.append(widget);
      await settled(widget);
      expect(currentId(widget), 'the same session, not restarted').to.equal('wait');
      expect(stepOf(widget).stepNumber).to.equal(3);
      stepOf(widget).requestUpdate();
      await stepOf(widget).updateComplete;
      expect(timerText()).to.equal('20:00 left');

      // Past the wait while off the page again: time's up on return.
      widget.remove();
      now += 25 * 60_000;
      win.document.body.append(widget);
      await settled(widget);
      stepOf(widget).requestUpdate();
      await stepOf(widget).updateComplete;
      expect(timerText()).to.equal('Time’s up: how is it now?');
      expect(currentId(widget)).to.equal('wait');
      // Back still reaches the earlier answers of the same session.
      stepOf(widget).shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
      await settled(widget);
      expect(currentId(widget)).to.equal('clean');
      expect(steps).to.deep.equal(['clean']);
      expectCalmPage(win);
    });
  });

  describe('hostile host pages', () => {
    it('(9) Trusted Types enforced: a walk that shows pictures, and the device picker, with no violation', async () => {
      const win = await openPage('trusted-types.html');
      const widget = win.document.getElementById('headphones') as Widget;
      expect(currentId(widget)).to.equal('safety');
      const pictures: string[] = [];
      const outcome = await walkToResult(widget, BUILT_IN_REPLIES, (w) => {
        const drawn = [...stepOf(w).shadowRoot!.querySelectorAll('svg[part="picture"]')].filter(
          (svg) => svg.children.length > 0 && svg.getBoundingClientRect().width > 0,
        );
        for (const svg of drawn) pictures.push(`${currentId(w)}: ${svg.getAttribute('aria-label')}`);
      });
      expect(outcome).to.equal('warranty-claim');
      expect(
        pictures.some((picture) => picture.startsWith('contacts-look: ')),
        pictures.join('\n'),
      ).to.equal(true);
      const picker = win.document.getElementById('picker') as Widget;
      expect(currentId(picker)).to.equal('device');
      const pictograms = [...stepOf(picker).shadowRoot!.querySelectorAll('button[value] svg[part="picture"]')];
      expect(pictograms.length).to.be.above(0);
      expect(pictograms.every((svg) => svg.children.length > 0)).to.equal(true);
      expect(win.violations).to.deep.equal([]);
      expect(win.ctErrors).to.deep.equal([]);
      expectCalmPage(win);
      // The page really enforces Trusted Types: a plain string into innerHTML is refused.
      expect(() => {
        win.document.createElement('div').innerHTML = '<b>page code</b>';
      }).to.throw(/TrustedHTML/);
    });

    // With Error.prototype frozen, assigning an error's `name` throws: the widget's errors define it
    // instead, so a load failure keeps its "Try again" and an invalid knowledge base its problems.
    it('built-in prototypes frozen before the bundle runs (as a hardened page does): a working widget, and a load failure still shown', async () => {
      const win = await openPage('frozen.html');
      expect(Object.isFrozen(win.Error.prototype), 'the page did freeze them').to.equal(true);
      const widget = win.document.getElementById('frozen') as Widget;
      expect(currentId(widget)).to.equal('safety');
      expect(await walkToResult(widget, BUILT_IN_REPLIES)).to.equal('warranty-claim');
      const missing = win.document.getElementById('missing') as Widget;
      expectErrorState(missing);
      expect(missing.shadowRoot!.querySelector('[part="retry"]'), 'shown as a load failure').to.not.equal(null);
      expect(ctErrorsOf(win, 'missing')[0]!.message).to.contain('HTTP 404');
      // An invalid knowledge base: its problems listed, as on any page.
      const invalid = win.document.getElementById('null') as Widget;
      expectErrorState(invalid);
      expect(
        ctErrorsOf(win, 'null')[0]!.problems?.map((problem) => problem.path),
        ctErrorsOf(win, 'null')[0]!.message,
      ).to.deep.equal(['$']);
      expectCalmPage(win);
    });

    it('(10) the script included twice, one widget with a broken src: the other one works', async () => {
      const win = await openPage('twice-broken.html');
      const broken = win.document.getElementById('broken') as Widget;
      const fine = win.document.getElementById('fine') as Widget;
      expectErrorState(broken);
      expect(broken.shadowRoot!.querySelector('[part="retry"]')).to.not.equal(null);
      expect(win.ctErrors.map((error) => error.id)).to.deep.equal(['broken']);
      expect(currentId(fine)).to.equal('safety');
      expect(await walkToResult(fine, BUILT_IN_REPLIES)).to.equal('warranty-claim');
      expectErrorState(broken);
      expect(win.ctErrors.map((error) => error.id)).to.deep.equal(['broken']);
      expectCalmPage(win);
    });
  });
});
