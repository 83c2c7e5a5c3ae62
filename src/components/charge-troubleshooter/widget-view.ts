import { html, nothing, type TemplateResult } from 'lit';
import { type Clock, formatMessage, toClock, truncate } from '../../core/index.js';
import { isRightToLeft } from '../../locales/index.js';
import { RESULT_PARTS } from '../charge-troubleshooter-result/charge-troubleshooter-result.component.js';
import { STEP_PARTS } from '../charge-troubleshooter-step/charge-troubleshooter-step.component.js';
import { plural } from '../shared/languages.js';
import { KnowledgeBaseLoadError } from './knowledge-base-source.js';
import { timeAgo } from './time-ago.js';
import type { WidgetSession } from './widget-session.js';

const SHOWN_PROBLEMS = 5;

/** What the widget's panel is drawn from: the session, the widget's settings, and its own moves. */
export interface PanelInputs {
  session: WidgetSession;
  returnUrl: string | undefined;
  persist: boolean;
  clock: Clock | (() => number);
  /** "Try again" after a knowledge base failed to load. */
  retry: () => void;
  /** "Done" on a resolved result. */
  done: () => void;
}

/** The panel: the session's step or result, or the loading, error, welcome-back or finished screen. */
export function renderPanel(inputs: PanelInputs): TemplateResult {
  const { tag } = inputs.session.language;
  return html`<div part="base" class="base" lang=${tag} dir=${isRightToLeft(tag) ? 'rtl' : nothing}>
    <div class="visually-hidden" role="status">${inputs.session.announcement}</div>
    ${renderContent(inputs)}
  </div>`;
}

function renderContent(inputs: PanelInputs): TemplateResult {
  const { session } = inputs;
  const { view, screen } = session;
  if (view.status === 'error') return renderError(inputs);
  if (view.status === 'loading') {
    // No visible words while loading: they could be in the wrong language for a moment.
    return html`<div part="loading" class="loading" role="status" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${session.language.ui.loading}</span>
    </div>`;
  }
  if (screen === 'welcome' && view.resumed) return renderWelcome(inputs, view.resumed.startedAt);
  if (screen === 'finished') {
    return html`<div part="finished" class="screen">
      <h2 tabindex="-1">${session.language.ui.finished}</h2>
      <div class="buttons"><button type="button" @click=${session.startOver}>${session.language.ui.startOver}</button></div>
    </div>`;
  }
  return renderPrompt(inputs);
}

function renderError({ session, retry }: PanelInputs): TemplateResult {
  const { ui, tag } = session.language;
  if (session.view.status !== 'error') return html``;
  const { error, message, problems = [] } = session.view;
  const failedLoad = error instanceof KnowledgeBaseLoadError;
  return html`<div part="error" class="error" role="alert">
    <h2>${ui.errorTitle}</h2>
    ${
      problems.length > 0
        ? html`<p>${ui.errorKnowledgeBase}</p>
          <ul>
            ${problems.slice(0, SHOWN_PROBLEMS).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
            ${problems.length > SHOWN_PROBLEMS ? html`<li>${plural(tag, ui.moreProblems, problems.length - SHOWN_PROBLEMS)}</li>` : nothing}
          </ul>`
        : html`<p>${failedLoad ? formatMessage(ui.errorLoad, { src: truncate(error.src), reason: truncate(error.reason, 200) }) : message}</p>`
    }
    ${failedLoad ? html`<div class="buttons"><button part="retry" type="button" @click=${retry}>${ui.retry}</button></div>` : nothing}
  </div>`;
}

/** "Started yesterday", "3 minutes ago": by the widget's clock, in the shopper's own calendar. */
function ago({ session, clock }: PanelInputs, then: number): string {
  const { ui, tag } = session.language;
  return timeAgo(tag, { justNow: ui.resumeJustNow, earlierToday: ui.resumeEarlierToday }, then, toClock(clock).now());
}

/** Back to saved progress: since when, the step a Continue resumes, "Continue or start again?". */
function renderWelcome(inputs: PanelInputs, startedAt: number): TemplateResult {
  const { session } = inputs;
  const { ui } = session.language;
  const resumed = session.view.status === 'ready' ? session.view.session : undefined;
  return html`<div part="welcome" class="screen">
    <h2 tabindex="-1">${ui.resumeTitle}</h2>
    <p>${formatMessage(ui.resumeStarted, { when: ago(inputs, startedAt) })}</p>
    ${
      resumed
        ? html`<p dir="auto">${formatMessage(ui.resumeStep, { n: resumed.history.length + 1, step: resumed.current.title })}</p>`
        : nothing
    }
    <div class="buttons">
      <button class="primary" type="button" @click=${session.continue}>${ui.resumeContinue}</button>
      <button type="button" @click=${session.startOver}>${ui.resumeStartAgain}</button>
    </div>
  </div>`;
}

/** The prompt shown now: a result, or a question or action step. */
function renderPrompt(inputs: PanelInputs): TemplateResult {
  const { session, returnUrl, persist, done } = inputs;
  if (session.view.status !== 'ready') return html``;
  const { session: current, timer } = session.view;
  const { ui, tag, core } = session.language;
  const prompt = current.current;
  if (prompt.kind === 'result') {
    return html`<charge-troubleshooter-result
      exportparts=${RESULT_PARTS.join(', ')}
      .prompt=${prompt}
      .summary=${current.summary()}
      .returnUrl=${returnUrl}
      .locale=${tag}
      .words=${ui}
      .coreWords=${core}
      @restart=${session.startOver}
      @done=${done}
      @handoff=${session.handoff}
    ></charge-troubleshooter-result>`;
  }
  return html`<charge-troubleshooter-step
    exportparts=${STEP_PARTS.join(', ')}
    .prompt=${prompt}
    .stepNumber=${current.history.length + 1}
    .progress=${current.progress}
    .timeLeft=${current.timeLeft}
    .canGoBack=${current.history.length > 0}
    .timerStartedAt=${timer?.promptId === prompt.id ? timer.startedAt : undefined}
    .timerPersists=${persist}
    .locale=${tag}
    .words=${ui}
    .clock=${session.timerClock}
    @answer=${session.answer}
    @back=${session.back}
    @restart=${session.startOver}
    @timer-start=${session.startTimer}
  ></charge-troubleshooter-step>`;
}
