// Keeps what is being written in the journal on this device until it is saved, so that a
// session that timed out, a lost connection or a closed tab loses nothing. Saving happens
// while typing; the draft is removed only when the server has shown that the entry was
// saved (an element with data-draft-clear), never on submit, because the submit may come
// back to the sign-in page. Without JavaScript the form works as before.
(() => {
  const store = (() => {
    try {
      const s = window.localStorage;
      const probe = '__between_probe__';
      s.setItem(probe, probe);
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null;
    }
  })();
  if (!store) {
    return;
  }

  document.querySelectorAll('[data-draft-clear]').forEach((el) => store.removeItem(el.dataset.draftClear));

  document.querySelectorAll('[data-draft-pending]').forEach((el) => {
    if (store.getItem(el.dataset.draftPending)) {
      el.hidden = false;
    }
  });

  document.querySelectorAll('form[data-draft-key]').forEach((form) => {
    const key = form.dataset.draftKey;
    const title = form.querySelector('[name="title"]');
    const body = form.querySelector('[name="body"]');
    if (!body) {
      return;
    }
    const serverTitle = title ? title.value : '';
    const serverBody = body.value;

    let saved = null;
    try {
      saved = JSON.parse(store.getItem(key) || 'null');
    } catch (e) {
      saved = null;
    }
    // After a refused save the page shows what was posted: that is the newest text.
    const refused = document.querySelector('.error-summary') !== null;
    if (saved && typeof saved.body === 'string' && !refused
        && (saved.body !== serverBody || (title && (saved.title || '') !== serverTitle))) {
      body.value = saved.body;
      if (title && typeof saved.title === 'string') {
        title.value = saved.title;
      }
      const note = document.querySelector('[data-draft-restored]');
      if (note) {
        note.hidden = false;
      }
    }

    let timer = null;
    const save = () => {
      timer = null;
      const unchanged = body.value === serverBody && (!title || title.value === serverTitle);
      try {
        if (unchanged || body.value === '') {
          store.removeItem(key);
        } else {
          store.setItem(key, JSON.stringify({
            title: title ? title.value : '', body: body.value, at: new Date().toISOString()
          }));
        }
      } catch (e) {
        // storage full or blocked: the form still posts as usual
      }
    };
    const later = () => {
      if (timer) {
        clearTimeout(timer);
      }
      timer = setTimeout(save, 300);
    };
    body.addEventListener('input', later);
    if (title) {
      title.addEventListener('input', later);
    }
    form.addEventListener('submit', save);
    window.addEventListener('pagehide', () => {
      if (timer) {
        save();
      }
    });
  });
})();
