// Runs inside <iframe sandbox="allow-scripts"> (an opaque origin, no storage): answers two prompts
// and reports what happened to the parent page.
//
// An opaque origin can fetch the built-in knowledge base only from a server that allows it (CORS), and
// the test server does not: the parent page passes it in instead (`ready`, then `{ knowledgeBase }`).
(async () => {
  const report = { errors: [], storageBlocked: false, prompts: [] };
  window.addEventListener('error', (event) => report.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));
  try {
    try {
      localStorage.length;
    } catch {
      report.storageBlocked = true;
    }
    const received = new Promise((resolve) => window.addEventListener('message', (event) => resolve(event.data), { once: true }));
    parent.postMessage('ready', '*');
    const { knowledgeBase } = await received;
    const widget = document.createElement('charge-troubleshooter');
    widget.setAttribute('persist', '');
    widget.setAttribute('device', 'shokz-openrun');
    widget.knowledgeBase = knowledgeBase;
    widget.addEventListener('ct-error', (event) => report.errors.push(`ct-error: ${event.detail.message}`));
    document.body.append(widget);
    const current = () => widget.shadowRoot.querySelector('charge-troubleshooter-step');
    // Everything rendered: the widget's loading done, and the step it shows.
    const settled = async () => {
      await widget.updateComplete;
      await current()?.updateComplete;
      await widget.updateComplete;
    };
    await settled();
    for (const answer of ['none', 'suddenly']) {
      report.prompts.push(current().prompt.id);
      current().shadowRoot.querySelector(`button[value="${answer}"]`).click();
      await settled();
    }
    report.prompts.push(current().prompt.id);
  } catch (error) {
    report.errors.push(String(error));
  }
  parent.postMessage(report, '*');
})();
