// Loaded first by the hostile test pages (an external file: a strict CSP forbids inline scripts).
// Records what the test must see: uncaught errors, CSP and Trusted Types violations, every
// `ct-error` (composed, so it reaches the document from any shadow root) and console warnings.
window.violations = [];
window.pageErrors = [];
window.ctErrors = [];
window.warnings = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample || ''}`.trim());
});
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
document.addEventListener('ct-error', (event) => window.ctErrors.push({ id: event.target.id, ...event.detail }), true);
const warn = console.warn;
console.warn = (...args) => {
  window.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
