import { englishCore } from './en-core.js';
import { launcherLabels } from './launcher-labels.js';
import type { Locale, UiMessages } from './types.js';

/** The elements' English words. */
export const englishUi: UiMessages = {
  step: 'Step {n}',
  progress: 'Progress',
  timeLeft: 'About {duration} left',
  timeLeftWaiting: 'About {duration} left, mostly waiting',
  waitAhead: 'This step takes {duration} of waiting: you can do something else meanwhile.',
  back: 'Back',
  startTimer: 'Start a timer for {duration}',
  timerLeft: '{clock} left',
  timerDone: 'Time’s up: how is it now?',
  timerHint: 'You can answer whenever you’re ready.',
  timerKeepsCounting: 'The timer keeps counting if you leave this page.',
  opensInNewTab: '(opens in a new tab)',
  copySummary: 'Copy summary',
  copied: 'Summary copied. Paste it into your message to support.',
  copyFallback: 'Your browser blocked copying. Select the text below and copy it.',
  summaryLabel: 'Summary for support',
  emailSubject: 'Charging problem',
  startReturn: 'Start a return',
  startOver: 'Start over',
  done: 'Done',
  finished: 'Glad it’s charging again.',
  why: 'Why this result?',
  causeLikelihood: '{cause}: {likelihood}',
  whatToDo: 'What to do now',
  haveReady: 'Have these ready',
  getHelp: 'Who can help',
  emailTo: 'Email {address}',
  call: 'Call {number}',
  resumeTitle: 'Welcome back',
  resumeBody: 'You started {when}, and got as far as: {step}',
  resumeContinue: 'Continue',
  resumeStartAgain: 'Start again',
  loading: 'Loading the troubleshooter…',
  errorTitle: 'The troubleshooter can’t start',
  errorKnowledgeBase: 'Its knowledge base has problems:',
  moreProblems: { one: '… and # more', other: '… and # more' },
  retry: 'Try again',
  errorLoad: 'Couldn’t load {src}: {reason}',
  launcher: launcherLabels.en,
  dialogLabel: 'Charging troubleshooter',
  close: 'Close',
};

/** English, built in: the core's and the elements' words. The built-in knowledge base is written in it. */
export const english: Locale = { tag: 'en', core: englishCore, ui: englishUi };
