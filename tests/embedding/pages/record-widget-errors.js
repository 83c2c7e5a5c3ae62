// Loaded before the bundle (an external file, as a strict CSP forbids inline scripts): records each
// widget's ct-error, which may fire before the test can listen.
window.widgetErrors = [];
document.addEventListener('ct-error', (event) => window.widgetErrors.push({ id: event.target.id, message: event.detail.message }));
