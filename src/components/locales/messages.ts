/** Plural forms by Intl.PluralRules category; `#` is replaced by the formatted number. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The elements' own words in one language (the knowledge base and the core bring the rest).
 * Plain data: `{name}` marks a value filled in at run time.
 */
export interface UiMessages {
  /** {n} */
  step: string;
  /** # is the number of minutes */
  minutesLeft: PluralMessage;
  back: string;
  /** {duration}, e.g. "30 minutes" */
  startTimer: string;
  /** {clock}, e.g. "29:41" */
  timerLeft: string;
  timerDone: string;
  timerHint: string;
  timerKeepsCounting: string;
  likelyCauses: string;
  nextSteps: string;
  opensInNewTab: string;
  copySummary: string;
  copied: string;
  copyFallback: string;
  summaryLabel: string;
  emailSupport: string;
  emailSubject: string;
  startReturn: string;
  startOver: string;
  loading: string;
  errorTitle: string;
  errorKnowledgeBase: string;
  /** # is the number of problems not shown */
  moreProblems: PluralMessage;
  /** {src}, {reason} */
  errorLoad: string;
  launcher: string;
  dialogLabel: string;
  close: string;
}
