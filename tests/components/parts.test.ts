import { expect, fixture, html } from '@open-wc/testing';
import {
  type ChargeTroubleshooter,
  type ChargeTroubleshooterLauncher,
  type ChargeTroubleshooterResult,
  type ChargeTroubleshooterStep,
  LAUNCHER_PARTS,
  RESULT_PARTS,
  STEP_PARTS,
} from '../../src/index.js';
import '../../src/index.js';
import { outcomesKnowledgeBase, settled, waitingAction, warrantyClaim } from './helpers.js';

/** The part names an element's shadow root renders now. */
function renderedParts(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));
}

// The exported lists are what the widget forwards: a part rendered but missing from its list would not
// reach the page, and a listed part never rendered would be documented for nothing.
describe('each element’s exported parts', () => {
  it('the step renders exactly STEP_PARTS over a question and a waiting action', async () => {
    const seen = new Set<string>();
    const el = await fixture<ChargeTroubleshooterStep>(
      html`<charge-troubleshooter-step .prompt=${waitingAction} step-number="2" minutes-left="12" .canGoBack=${true}></charge-troubleshooter-step>`,
    );
    for (const part of renderedParts(el)) seen.add(part);
    el.prompt = { kind: 'question', id: 'q', title: 'Which?', body: 'Look closely.', options: waitingAction.options.slice() };
    await el.updateComplete;
    for (const part of renderedParts(el)) seen.add(part);
    expect([...seen].sort()).to.deep.equal([...STEP_PARTS].sort());
  });

  it('the result renders only RESULT_PARTS, and all but the two that need a refund or a blocked clipboard', async () => {
    const { prompt, summary } = warrantyClaim();
    const el = await fixture<ChargeTroubleshooterResult>(
      html`<charge-troubleshooter-result .prompt=${prompt} .summary=${summary}></charge-troubleshooter-result>`,
    );
    const seen = new Set(renderedParts(el));
    expect([...seen].filter((part) => !(RESULT_PARTS as readonly string[]).includes(part))).to.deep.equal([]);
    expect(RESULT_PARTS.filter((part) => !seen.has(part))).to.deep.equal(['return', 'summary']);
  });

  it('the launcher renders exactly LAUNCHER_PARTS', async () => {
    const el = await fixture<ChargeTroubleshooterLauncher>(html`<charge-troubleshooter-launcher></charge-troubleshooter-launcher>`);
    expect(renderedParts(el).sort()).to.deep.equal([...LAUNCHER_PARTS].sort());
  });

  it('the widget forwards each inner element’s list as it is', async () => {
    const el = await fixture<ChargeTroubleshooter>(
      html`<charge-troubleshooter launcher .knowledgeBase=${outcomesKnowledgeBase()} device="gizmo"></charge-troubleshooter>`,
    );
    await settled(el);
    const forwarded = (tag: string) => el.shadowRoot!.querySelector(tag)!.getAttribute('exportparts')!.split(/,\s*/);
    expect(forwarded('charge-troubleshooter-step')).to.deep.equal([...STEP_PARTS]);
    expect(forwarded('charge-troubleshooter-launcher')).to.deep.equal([...LAUNCHER_PARTS]);
  });
});
