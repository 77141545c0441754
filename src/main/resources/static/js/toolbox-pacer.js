// The breathing pacer's words for screen readers: the circle and its words are drawn by
// CSS (aria-hidden), so while the pacer runs this says "Breathe in" and "Breathe out" in a
// polite live region at the same 4 s / 6 s rhythm. Nothing runs until the person starts it.
(function () {
  'use strict';

  document.querySelectorAll('[data-testid="pacer"]').forEach((pacer) => {
    const toggle = pacer.querySelector('.pacer-toggle');
    const cue = pacer.querySelector('[data-pacer-cue]');
    let timer = null;

    function say(breathingIn) {
      cue.textContent = breathingIn ? cue.dataset.in : cue.dataset.out;
      timer = setTimeout(() => say(!breathingIn), breathingIn ? 4000 : 6000);
    }

    toggle.addEventListener('change', () => {
      clearTimeout(timer);
      timer = null;
      if (toggle.checked) {
        say(true);
      } else {
        cue.textContent = '';
      }
    });
  });
})();
