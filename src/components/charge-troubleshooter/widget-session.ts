import type { ReactiveController } from 'lit';
import {
  type Clock,
  type Controller,
  type ControllerChange,
  type ControllerState,
  createController,
  formatMessage,
  type Session,
  toJson,
} from '../../core/index.js';
import { english } from '../../locales/en.js';
import type { Locale } from '../../locales/types.js';
import type { ResultHandoffEvent } from '../charge-troubleshooter-result/charge-troubleshooter-result.component.js';
import type { StepAnswerEvent } from '../charge-troubleshooter-step/charge-troubleshooter-step.component.js';
import type { DetailOf } from '../shared/ct-element.js';
import type { CtEventMap } from '../shared/events.js';
import { AbandonedRecords } from './abandoned-record.js';
import type { ChargeTroubleshooter } from './charge-troubleshooter.component.js';
import { chooseLanguage } from './language-choice.js';
import type { PendingWork } from './pending-work.js';
import { watchStorage } from './persistence.js';
import type { PromptFocus } from './prompt-focus.js';
import { clockOf, controllerOptionsOf, knowledgeBaseOf, storageKeyOf } from './session-options.js';

/** Fires one of the page's events from the widget. */
export type Emit = <K extends keyof CtEventMap>(name: K, detail: DetailOf<K>) => void;

/** What the panel shows instead of the session: the welcome back, or the words after "Done". */
export type Screen = 'session' | 'welcome' | 'finished';

/**
 * The widget's session over time: starts the core's controller from the widget's inputs, follows it,
 * turns what the shopper does into the controller's moves and the page's events.
 */
export class WidgetSession implements ReactiveController {
  view: ControllerState = { status: 'loading' };
  /** The language shown now; a new one replaces it only once its words are loaded. */
  language: Locale = english;
  /** Read to the shopper's screen reader: what their doing led to. */
  announcement = '';
  screen: Screen = 'session';

  /**
   * The wait timer's clock: the controller's steady time (a wall clock set forward ends no wait), ticking
   * on the widget's timers.
   */
  readonly timerClock: Clock = {
    now: () => this.#controller?.now() ?? clockOf(this.host).now(),
    after: (ms, callback) => clockOf(this.host).after(ms, callback),
  };

  #controller: Controller | undefined;
  #knowledgeBase: Promise<unknown> = Promise.resolve(undefined);
  #unsubscribe: (() => void) | undefined;
  #storageKey: string | undefined;
  #lastChange: ControllerChange | undefined;
  readonly #abandoned = new AbandonedRecords();

  constructor(
    private readonly host: ChargeTroubleshooter,
    private readonly emit: Emit,
    private readonly work: PendingWork,
    private readonly focus: PromptFocus,
  ) {
    host.addController(this);
  }

  /** Moved to another place on the page: the same session goes on, where it was. */
  hostConnected(): void {
    // `pagehide`, not `unload`: it fires on mobile and does not keep the page out of the back/forward cache.
    window.addEventListener('pagehide', this.#left);
    if (this.#controller !== undefined && this.#unsubscribe === undefined) {
      this.#follow(this.#controller);
      this.#controller.sync(); // another tab may have moved it on meanwhile
      this.#update({ view: this.#controller.state });
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#left);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Listens to the controller, and to other tabs saving the same session (the `storage` event). */
  #follow(controller: Controller): void {
    const unsubscribe = controller.subscribe(this.#onChange);
    const key = this.#storageKey;
    const unwatch = key === undefined ? undefined : watchStorage(key, () => controller.sync());
    this.#unsubscribe = () => {
      unsubscribe();
      unwatch?.();
    };
  }

  /** A fresh (or, with `persist`, resumed) session from the widget's inputs; never throws. */
  start(): void {
    this.#unsubscribe?.();
    this.#knowledgeBase = knowledgeBaseOf(this.host);
    const language = chooseLanguage(this.#knowledgeBase, this.host.locale, this.#preferredLanguages());
    const controller = createController(controllerOptionsOf(this.host, this.#knowledgeBase, language));
    this.#controller = controller;
    this.#storageKey = storageKeyOf(this.host);
    this.#update({ screen: 'session', view: controller.state });
    this.#follow(controller);
    // A language that fails to load fails the controller too, which shows the error.
    this.work.add(Promise.all([controller.ready, this.#speakWhenLoaded(controller, language).catch(() => undefined)]));
  }

  /** Speaks another language without losing the session; the old words stay until the new ones are here. */
  switchLanguage(): void {
    const controller = this.#controller;
    if (controller === undefined || controller.state.status !== 'ready') {
      this.start();
      return;
    }
    const language = chooseLanguage(this.#knowledgeBase, this.host.locale, this.#preferredLanguages());
    this.work.add(
      Promise.all([
        controller.setLocale(language).catch(() => undefined),
        this.#speakWhenLoaded(controller, language).catch((error: unknown) =>
          this.#onChange({ status: 'error', message: (error as Error).message, error }),
        ),
      ]),
    );
  }

  /** Page code's "start over": a `src` that failed gets another try; nothing is told to the page. */
  restart(): void {
    this.#update({ screen: 'session' });
    if (this.#controller?.state.status === 'error') this.start();
    else this.#controller?.restart();
  }

  /** The step's answer: the widget announces it to the page, once, and only for the prompt still shown. */
  answer = (event: StepAnswerEvent): void => {
    event.preventDefault();
    const { promptId, optionId } = event.detail;
    const view = this.#controller?.state;
    // A click on a button of a prompt no longer shown (a double tap) answers nothing.
    if (view?.status !== 'ready' || view.session.current.id !== promptId) return;
    if (!view.session.current.options.some((option) => option.id === optionId)) return;
    this.emit('ct-answer', { promptId, optionId });
    this.#controller!.answer(optionId);
    this.#showShopperMove();
  };

  back = (): void => {
    this.#controller?.back();
    this.#showShopperMove();
  };

  startTimer = (): void => {
    this.#controller?.startTimer();
  };

  /** The shopper's "Start over" (or "Start again" on the welcome back). */
  startOver = (): void => {
    this.#left();
    this.#update({ screen: 'session' });
    this.#controller?.restart();
    this.#showShopperMove();
  };

  /** "Continue" on the welcome back. */
  continue = (): void => {
    this.#update({ screen: 'session' });
    this.focus.request();
  };

  /** "Done": the session is over, so its saved progress goes. */
  done = (): void => {
    this.#controller?.restart();
    this.#update({ screen: 'finished' });
    this.focus.request();
  };

  handoff = (event: ResultHandoffEvent): void => {
    const view = this.#controller?.state;
    if (view?.status !== 'ready' || view.session.current.kind !== 'result') return;
    this.emit('ct-handoff', { kind: event.detail.kind, outcome: view.session.current.outcome });
  };

  /** The shopper left a session before its result: the page hears of it (`ct-abandon`), for its log. */
  #left = (): void => {
    const view = this.#controller?.state;
    const abandoned = view?.status === 'ready' ? this.#abandoned.take(view.session) : undefined;
    if (abandoned !== undefined) this.emit('ct-abandon', abandoned);
  };

  #update(changes: Partial<Pick<WidgetSession, 'view' | 'language' | 'announcement' | 'screen'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** The languages the page and the shopper prefer, nearest first. */
  #preferredLanguages(): (string | null | undefined)[] {
    return [this.host.closest('[lang]')?.getAttribute('lang'), ...navigator.languages];
  }

  /** Takes up the UI words once loaded, unless another session has started meanwhile. */
  async #speakWhenLoaded(controller: Controller, language: Promise<Locale>): Promise<void> {
    const value = await language;
    if (controller === this.#controller) this.#update({ language: value });
  }

  #onChange = (view: ControllerState, change?: ControllerChange): void => {
    this.#lastChange = change;
    // Back after a while: ask before dropping the shopper into the middle of a session. (A safety stop
    // is never resumed: the controller starts a later session afresh.)
    const welcome = change === 'start' && view.status === 'ready' && view.resumed;
    if (change === 'sync' && view.status === 'ready') {
      // The same session moved on in another tab: this one follows, and says where it is now, politely
      // and without taking focus (the shopper is in the other tab). The page heard of it from there.
      this.#update({ view, screen: 'session', announcement: this.#stepLabel(view.session) });
      return;
    }
    this.#update({ view, ...(welcome ? { screen: 'welcome' as const } : {}) });
    if (view.status === 'error') this.emit('ct-error', { message: view.message, ...(view.problems ? { problems: view.problems } : {}) });
  };

  /**
   * After the shopper moved the session on (never after page code did): tell the page and show it. Not
   * when the move found the session moved on in another tab and followed that instead: the page heard
   * of that step from there.
   */
  #showShopperMove(): void {
    const view = this.#controller?.state;
    if (view?.status === 'ready' && this.#lastChange !== 'sync') this.#show(view.session);
  }

  /** Tells the page, and the shopper's screen reader, what the shopper's doing led to; moves focus there. */
  #show(session: Session): void {
    this.focus.request();
    const prompt = session.current;
    this.#update({ announcement: this.#stepLabel(session) });
    this.emit('ct-step', { prompt, stepNumber: session.history.length + 1 });
    if (prompt.kind === 'result') {
      const record = session.record();
      // The record as one line of JSON by our own writer: a page's patched toJSON cannot garble it.
      this.emit('ct-result', { prompt, summary: session.summary(), record, recordJson: toJson(record) });
    }
  }

  /** What the shopper's screen reader hears of a prompt: a safety stop is its own assertive alert; the rest politely. */
  #stepLabel(session: Session): string {
    const prompt = session.current;
    if (prompt.kind === 'result') return prompt.outcome === 'safety-stop' ? '' : prompt.title;
    return `${formatMessage(this.language.ui.step, { n: session.history.length + 1 })}: ${prompt.title}`;
  }
}
