// The goals of issue 15, each checked against the figures of the same run. A goal whose figure the
// run could not measure (no launcher entry built, throttling that did not apply) is neither met nor
// missed: `met` is undefined and `detail` says why.

/** Thresholds; KB as the issue counts them, 1,000 bytes (it gives 30,758 B as 30.7 KB). */
export const GOALS = {
  bytesBeforeFirstStep: 22_000,
  launcherEntry: 4_000,
  clickVsEager: 1.3,
  phoneFirstStep: 1.25,
  stepTime: 2,
  heap: 2,
};

const ratio = (value, limit) => ({ value, met: value <= limit });

export function performanceGoals({ size, browser, launcher }) {
  const entry = size['CDN launcher entry'];
  const { click } = launcher;
  const phone = browser.phoneFirstStep;
  const notMeasured = (detail) => ({ met: undefined, detail });
  const notBuilt = notMeasured(`launcher entry not built: no ${launcher.entry}`);
  // A baseline at or under zero (its heap within a blank page's noise) gives no ratio to judge by.
  const byBaseline = (key, limit) =>
    browser[key].baseline.median > 0
      ? ratio(browser[key].ours.median / browser[key].baseline.median, limit)
      : notMeasured('the baseline measured 0 or less');
  return {
    bytesBeforeFirstStep: {
      goal: `bytes before the first step ≤ ${GOALS.bytesBeforeFirstStep.toLocaleString('en-US')} B gzip (built-in knowledge base)`,
      unit: 'B',
      value: browser.network.ours.gzip,
      met: browser.network.ours.gzip <= GOALS.bytesBeforeFirstStep,
    },
    launcherEntry: {
      goal: `launcher entry ≤ ${GOALS.launcherEntry.toLocaleString('en-US')} B gzip`,
      unit: 'B',
      ...(entry ? { value: entry.gzip, met: entry.gzip <= GOALS.launcherEntry } : notBuilt),
    },
    clickVsEager: {
      goal: `click → first step with the launcher entry (after its idle prefetch) ≤ ${GOALS.clickVsEager}× the eagerly loaded widget`,
      unit: '×',
      ...(click.prefetch ? ratio(click.prefetch.median / click.eager.median, GOALS.clickVsEager) : notBuilt),
    },
    phoneFirstStep: {
      goal: `time to first step on the phone ≤ ${GOALS.phoneFirstStep}× the baseline`,
      unit: '×',
      ...(phone.throttled
        ? ratio(phone.ours.median / phone.baseline.median, GOALS.phoneFirstStep)
        : notMeasured('throttling did not slow the loads')),
    },
    stepTime: { goal: `step time ≤ ${GOALS.stepTime}× the baseline`, unit: '×', ...byBaseline('stepTime', GOALS.stepTime) },
    heap: { goal: `JS heap after a walk ≤ ${GOALS.heap}× the baseline`, unit: '×', ...byBaseline('memory', GOALS.heap) },
  };
}
