// Runs inside <iframe sandbox="allow-scripts"> (an opaque origin, no storage): answers two prompts
// and reports what happened to the parent page.
(async () => {
  const report = { errors: [], storageBlocked: false, prompts: [] };
  window.addEventListener('error', (event) => report.errors.push(String(event.message)));
  try {
    localStorage.length;
  } catch {
    report.storageBlocked = true;
  }
  const widget = document.querySelector('charge-troubleshooter');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const current = () => widget.shadowRoot.querySelector('charge-troubleshooter-step');
  await frame();
  for (const answer of ['none', 'suddenly']) {
    report.prompts.push(current().prompt.id);
    current().shadowRoot.querySelector(`button[value="${answer}"]`).click();
    await frame();
  }
  report.prompts.push(current().prompt.id);
  parent.postMessage(report, '*');
})();
