// Shows the "Print" buttons (hidden without JavaScript: the browser's own print works then)
// and prints the page when one is pressed.
document.querySelectorAll('[data-print]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
