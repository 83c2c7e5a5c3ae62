// The README's recipe, as a shop would paste it: its own link opens the troubleshooter.
document.getElementById('own-link').addEventListener('click', (event) => {
  const widget = document.querySelector('charge-troubleshooter');
  if (typeof widget?.open !== 'function') return; // no script yet: the link goes to the help page
  event.preventDefault();
  widget.open();
});
