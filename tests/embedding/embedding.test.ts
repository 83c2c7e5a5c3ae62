import { expect } from '@open-wc/testing';
import { storageKey } from '../../src/components/charge-troubleshooter/persistence.js';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { BUILT_IN_REPLIES } from './built-in-replies.js';
import { fetchedPaths, openFrame } from './frame.js';

type PageWindow = Window & typeof globalThis & { violations: string[]; pageErrors: string[] };

/** Loads a test page in an iframe on 127.0.0.1 and waits until its widgets have rendered. */
async function loadPage(path: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = await openFrame(`/tests/embedding/pages/${path}`, 'width: 600px; height: 900px');
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('charge-troubleshooter');
  for (const el of win.document.querySelectorAll('charge-troubleshooter')) await settled(el);
  return { frame, win, doc: win.document };
}

/** Everything a widget shows rendered: its loading (knowledge base, language) done, and its step or result. */
async function settled(widget: Element): Promise<void> {
  await (widget as ChargeTroubleshooter).updateComplete;
  await (widget.shadowRoot!.querySelector('charge-troubleshooter-step, charge-troubleshooter-result') as ChargeTroubleshooter | null)
    ?.updateComplete;
  await (widget as ChargeTroubleshooter).updateComplete;
}

function stepOf(widget: Element) {
  return widget.shadowRoot!.querySelector('charge-troubleshooter-step')!;
}

async function answer(widget: Element, optionId: string): Promise<void> {
  const step = stepOf(widget);
  const button = step.shadowRoot!.querySelector<HTMLButtonElement>(`button[value="${optionId}"]`);
  if (!button) throw new Error(`no "${optionId}" on ${(step as unknown as { prompt: { id: string } }).prompt.id}`);
  button.click();
  await settled(widget);
}

/** The drawings a widget shows now: each an <svg part="picture"> with the shapes it was given. */
function pictures(widget: Element): SVGElement[] {
  const step = widget.shadowRoot!.querySelector('charge-troubleshooter-step');
  return [...(step?.shadowRoot?.querySelectorAll<SVGElement>('svg[part="picture"]') ?? [])].filter(
    (svg) => svg.children.length > 0 && svg.getBoundingClientRect().width > 0,
  );
}

/** Walks a widget of the default knowledge base to its result (a worn battery, answered truthfully). */
async function walkToResult(widget: Element, seen: { pictures: string[] } = { pictures: [] }): Promise<string> {
  const replies = BUILT_IN_REPLIES;
  for (let i = 0; i < 30; i++) {
    const result = widget.shadowRoot!.querySelector('charge-troubleshooter-result');
    if (result) return (result as unknown as { prompt: { outcome: string } }).prompt.outcome;
    const prompt = (stepOf(widget) as unknown as { prompt: { kind: string; id: string } }).prompt;
    for (const picture of pictures(widget)) seen.pictures.push(`${prompt.id}: ${picture.getAttribute('aria-label')}`);
    await answer(widget, prompt.kind === 'action' ? 'not-fixed' : replies[prompt.id]!);
  }
  throw new Error('no result after 30 answers');
}

describe('embedding in real pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders and completes a session under a strict CSP, pictures drawn, with no violation', async () => {
    const { win, doc } = await loadPage('csp.html');
    const widget = doc.querySelector('charge-troubleshooter')!;
    expect(stepOf(widget).shadowRoot!.querySelector('h2')!.textContent).to.contain('Safety check first');
    const seen = { pictures: [] as string[] };
    expect(await walkToResult(widget, seen)).to.equal('warranty-claim');
    expect(seen.pictures.length, 'a step of the walk showed its picture').to.be.above(0);
    expect(
      seen.pictures.every((picture) => /: \S/.test(picture)),
      seen.pictures.join('\n'),
    ).to.equal(true);
    // The device picker's pictograms too.
    const picker = doc.getElementById('picker')!;
    expect((stepOf(picker) as unknown as { prompt: { id: string } }).prompt.id).to.equal('device');
    const pictograms = [...stepOf(picker).shadowRoot!.querySelectorAll('button[value] svg[part="picture"]')];
    expect(pictograms).to.have.length(12);
    expect(pictograms.every((svg) => svg.children.length > 0 && svg.getBoundingClientRect().width > 0)).to.equal(true);
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('fetches nothing but the bundle and the knowledge base beside it', async () => {
    const { win } = await loadPage('csp.html');
    await walkToResult(win.document.querySelector('charge-troubleshooter')!);
    // One fetch of the knowledge base for both widgets on the page.
    const requests = fetchedPaths(win);
    expect(requests.sort()).to.deep.equal([
      '/dist/cdn/charge-troubleshooter.js',
      '/dist/cdn/knowledge-base.json',
      '/tests/embedding/pages/record-violations.js',
    ]);
    expect(win.performance.getEntriesByType('resource').every((entry) => new URL(entry.name).hostname === '127.0.0.1')).to.equal(true);
  });

  it('survives the script included twice, ES and IIFE bundles together: one working widget per element', async () => {
    const { win, doc } = await loadPage('twice.html');
    win.localStorage.clear();
    expect(win.pageErrors).to.deep.equal([]);
    const [headphones, speaker] = [doc.getElementById('headphones')!, doc.getElementById('speaker')!];
    for (const widget of [headphones, speaker]) {
      expect(widget.shadowRoot!.querySelectorAll('charge-troubleshooter-step')).to.have.length(1);
    }
    // Independent sessions and independent persistence.
    await answer(headphones, 'none');
    expect((stepOf(headphones) as unknown as { prompt: { id: string } }).prompt.id).to.equal('how-it-started');
    expect((stepOf(speaker) as unknown as { prompt: { id: string } }).prompt.id).to.equal('safety');
    await answer(speaker, 'none');
    expect((stepOf(speaker) as unknown as { prompt: { id: string } }).prompt.id).to.equal('how-it-started');
    const saved = (device: string) => JSON.parse(win.localStorage.getItem(storageKey(device, undefined, undefined))!).snapshot.history;
    expect(saved('shokz-openrun')).to.deep.equal([{ promptId: 'safety', optionId: 'none' }]);
    expect(saved('soundcore-boost')).to.deep.equal([{ promptId: 'safety', optionId: 'none' }]);
    win.localStorage.clear();
  });

  it('still renders and works under hostile host CSS, and changes nothing outside itself', async () => {
    const { win, doc } = await loadPage('hostile.html');
    const widget = doc.querySelector('charge-troubleshooter')!;
    const buttons = [...stepOf(widget).shadowRoot!.querySelectorAll('button')];
    expect(buttons.length).to.equal(3);
    for (const button of buttons) {
      expect(win.getComputedStyle(button).display).to.not.equal('none');
      expect(button.getBoundingClientRect().height).to.be.greaterThan(20);
    }
    expect(await walkToResult(widget)).to.equal('warranty-claim');
    // The page's own elements keep the page's (hostile) styles.
    expect(win.getComputedStyle(doc.getElementById('outside')!).display).to.equal('none');
    expect(win.getComputedStyle(doc.getElementById('paragraph')!).display).to.equal('inline');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('works inside <iframe sandbox="allow-scripts">, where storage is blocked', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    // The frame's opaque origin may not fetch the built-in knowledge base from this server (no CORS): it gets it from here.
    const knowledgeBase = await (await fetch('/dist/cdn/knowledge-base.json')).json();
    const report = new Promise<{ errors: string[]; storageBlocked: boolean; prompts: string[] }>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow) return;
        if (event.data === 'ready') return frame.contentWindow!.postMessage({ knowledgeBase }, '*');
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      };
      window.addEventListener('message', onMessage);
    });
    frame.src = '/tests/embedding/pages/sandboxed.html';
    document.body.append(frame);
    const { errors, storageBlocked, prompts } = await report;
    expect(storageBlocked).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(prompts).to.deep.equal(['safety', 'how-it-started', prompts[2]]);
    expect(prompts[2]).to.not.equal('how-it-started');
  });
});
