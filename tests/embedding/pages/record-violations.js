// Loaded by the test pages (an external file, as a strict CSP forbids inline scripts):
// records CSP violations and uncaught errors for the test to read.
window.violations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
