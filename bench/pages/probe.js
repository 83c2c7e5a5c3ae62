// Loaded as the first classic script of every benchmark page: finds text through open shadow
// roots, times when a prompt's title first appears, waits for the title to change, opens a
// launcher, and keeps the page's long tasks. A page whose title shows only once a shopper opens it
// (the launcher pages) or never (blank) says data-first-title="off": watching for a title would keep
// the page from idling, and its garbage would blur the blank page's heap.
(() => {
  const script = document.currentScript;
  /** The first element matching `selector` (and `accept`) in the document or any open shadow root. */
  function deepFind(root, selector, accept) {
    // querySelector alone when there is nothing to accept: the title watch calls this every task.
    const hit = accept ? [...root.querySelectorAll(selector)].find(accept) : root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deepFind(el.shadowRoot, selector, accept);
        if (inner) return inner;
      }
    }
    return null;
  }
  // Answers that keep a generic-speaker session going for more than ten prompts.
  const LONG_WALK = ['not-fixed', 'none', 'after-storage', 'dirt', 'odd-light', 'runs-out-fast', 'cannot-try'];
  const channel = new MessageChannel();
  const nextTask = () =>
    new Promise((resolve) => {
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
  /** The first task after the next frame is painted. */
  const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => nextTask().then(resolve)));
  const title = () => deepFind(document, 'h2')?.textContent.trim() ?? '';
  const visibleTitle = () => deepFind(document, 'h2', (h2) => h2.textContent.trim() !== '' && h2.checkVisibility());

  /** Resolves with performance.now() when a title other than `previous` is in the DOM. */
  async function titleChange(previous) {
    for (;;) {
      const now = title();
      if (now !== '' && now !== previous) return performance.now();
      await nextTask();
    }
  }

  // Every long task from the start, the ones before this script ran included (buffered).
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
    type: 'longtask',
    buffered: true,
  });

  window.bench = {
    title,
    deepFind,
    longTasks,
    firstTitle: script?.dataset.firstTitle === 'off' ? undefined : titleChange(''),
    /**
     * Answers the current prompt and times how long the next one takes to show. Answer buttons are
     * the ones with a value (ours) or all buttons beside the title (the baseline). Ours follows a
     * path of at least ten prompts before any result; the baseline takes its last button each time.
     */
    async step() {
      const heading = deepFind(document, 'h2');
      const before = heading.textContent.trim();
      const root = heading.getRootNode();
      const valued = [...root.querySelectorAll('button[value]')];
      const buttons = valued.length > 0 ? valued : [...root.querySelectorAll('button')];
      const button = buttons.find((b) => LONG_WALK.includes(b.value)) ?? buttons.at(-1);
      const start = performance.now();
      button.click();
      return (await titleChange(before)) - start;
    },
    /**
     * Clicks the launcher button (a click alone: no hover or focus before it) and times how long
     * until the first step's title is visible and painted: an eager widget already has it in its
     * closed dialog, so "in the DOM" would not tell the two apart.
     */
    async openLauncher() {
      const button = deepFind(document, 'button[part="launcher"]');
      const start = performance.now();
      button.click();
      while (!visibleTitle()) await nextTask();
      await afterNextPaint();
      return { ms: performance.now() - start, title: visibleTitle().textContent.trim() };
    },
  };
})();
