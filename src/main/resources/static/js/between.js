// Signing out on purpose removes the drafts kept on this device (drafts.js; the attribute
// lists their key prefixes), so that a shared computer does not keep them; a session that
// timed out keeps them.
document.addEventListener('submit', (event) => {
  const prefixes = event.target.dataset ? event.target.dataset.clearDrafts : undefined;
  if (!prefixes) {
    return;
  }
  const list = prefixes.split(/\s+/).filter(Boolean);
  try {
    const store = window.localStorage;
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key && list.some((prefix) => key.startsWith(prefix))) {
        store.removeItem(key);
      }
    }
  } catch (e) {
    // storage blocked: nothing was kept
  }
});

// The idle sign-out (WCAG 2.2.1): the server ends a session after a while without a request
// (meta session-idle, in seconds). Shortly before (meta session-idle-warning) a polite notice offers
// "Stay signed in", which sends one small signed-in request and starts the time again. Any
// page load starts it again too. Typing alone sends nothing, which is why the notice is needed
// at all.
(() => {
  const meta = document.querySelector('meta[name="session-idle"]');
  const warning = document.querySelector('meta[name="session-idle-warning"]');
  const box = document.querySelector('[data-idle-warning]');
  if (!meta || !warning || !box) {
    return;
  }
  const idle = Number(meta.content);
  const before = Number(warning.content);
  if (!(idle > 0) || !(before >= 0)) {
    return;
  }
  const text = box.querySelector('[data-idle-text]');
  const stay = box.querySelector('[data-idle-stay]');
  let warnTimer = null;
  let endTimer = null;

  const say = (words, offerStay) => {
    text.textContent = words;
    box.classList.toggle('shown', words !== '');
    stay.hidden = !offerStay;
  };
  const start = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(() => say(box.dataset.textWarning, true), Math.max(0, idle - before) * 1000);
    endTimer = setTimeout(() => say(box.dataset.textSignedOut, false), idle * 1000);
  };
  stay.addEventListener('click', () => {
    const header = document.querySelector('meta[name="csrf-header"]');
    const token = document.querySelector('meta[name="csrf-token"]');
    const headers = {};
    if (header && token && header.content) {
      headers[header.content] = token.content;
    }
    fetch('/session/keep-alive', { method: 'POST', headers, credentials: 'same-origin', redirect: 'manual' })
      .then((response) => {
        if (response.status === 204) {
          say(box.dataset.textStayed, false);
          start();
        } else {
          say(box.dataset.textSignedOut, false);
        }
      })
      .catch(() => say(box.dataset.textSignedOut, false));
  });
  start();
})();
