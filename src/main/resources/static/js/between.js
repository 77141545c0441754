// Sends the CSRF token with every htmx request (the token sits in the page's meta tags).
document.addEventListener('htmx:configRequest', (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && header.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// Signing out on purpose removes the journal drafts kept on this device (journal-draft.js),
// so that a shared computer does not keep them; a session that timed out keeps them.
document.addEventListener('submit', (event) => {
  const prefix = event.target.dataset ? event.target.dataset.clearDrafts : undefined;
  if (!prefix) {
    return;
  }
  try {
    const store = window.localStorage;
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key && key.startsWith(prefix)) {
        store.removeItem(key);
      }
    }
  } catch (e) {
    // storage blocked: nothing was kept
  }
});
