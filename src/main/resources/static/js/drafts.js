// Keeps what is being filled in on this device until the server has saved it, so that a
// session that timed out, a lost connection or a closed tab loses nothing: the journal, the
// check-in, the questionnaires and the safety plan (any form with data-draft-key). Keys are
// per person (between.draft.<user id>.<form>, the journal's between.journal.draft.<user
// id>.<entry>), so one person's draft never fills another's form on a shared device; signing
// out on purpose removes them all (between.js, data-clear-drafts).
//
// Only what was changed from what the server showed is kept. The draft is removed only when
// the server has shown that the form was saved (an element with data-draft-clear), never on
// submit, because the submit may come back to the sign-in page. After a refused save (an
// error summary on the page) the page shows what was posted: that is the newest, and the
// draft does not overwrite it. Without JavaScript the forms work as before.
(() => {
  if (window.betweenDrafts) {
    return;
  }
  window.betweenDrafts = true;

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

  document.querySelectorAll('[data-draft-clear]').forEach((el) => {
    el.dataset.draftClear.split(/\s+/).filter(Boolean).forEach((key) => store.removeItem(key));
  });

  document.querySelectorAll('[data-draft-pending]').forEach((el) => {
    if (store.getItem(el.dataset.draftPending)) {
      el.hidden = false;
    }
  });

  // Signing out on purpose (between.js removes the drafts): nothing may be written after.
  let signingOut = false;
  document.addEventListener('submit', (event) => {
    if (event.target.dataset && event.target.dataset.clearDrafts) {
      signingOut = true;
    }
  }, true);

  const SKIPPED = ['hidden', 'submit', 'button', 'reset', 'password', 'file', 'image'];

  const controls = (form) => Array.from(form.elements).filter((el) => el.name && !el.disabled
      && !SKIPPED.includes((el.type || '').toLowerCase()) && el.name !== '_csrf');

  // name -> list of values: the checked ones for radios and checkboxes, the selected ones
  // for a select, else the value.
  const read = (form) => {
    const values = {};
    controls(form).forEach((el) => {
      const list = values[el.name] || (values[el.name] = []);
      const type = (el.type || '').toLowerCase();
      if (type === 'radio' || type === 'checkbox') {
        if (el.checked) {
          list.push(el.value);
        }
      } else if (el.tagName === 'SELECT') {
        Array.from(el.selectedOptions).forEach((o) => list.push(o.value));
      } else {
        list.push(el.value);
      }
    });
    return values;
  };

  const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

  const write = (form, name, wanted) => {
    let changed = false;
    let index = 0;
    controls(form).filter((el) => el.name === name).forEach((el) => {
      const type = (el.type || '').toLowerCase();
      if (type === 'radio' || type === 'checkbox') {
        const on = wanted.includes(el.value);
        changed = changed || on !== el.checked;
        el.checked = on;
      } else if (el.tagName === 'SELECT') {
        Array.from(el.options).forEach((o) => {
          const on = wanted.includes(o.value);
          changed = changed || on !== o.selected;
          o.selected = on;
        });
      } else if (index < wanted.length) {
        changed = changed || el.value !== wanted[index];
        el.value = wanted[index];
        index++;
      }
    });
    return changed;
  };

  const load = (key) => {
    try {
      const saved = JSON.parse(store.getItem(key) || 'null');
      if (saved && saved.fields && typeof saved.fields === 'object') {
        return saved.fields;
      }
      if (saved && typeof saved.body === 'string') {
        // A journal draft kept before drafts were general: title and body only.
        return { title: [saved.title || ''], body: [saved.body] };
      }
    } catch (e) {
      // not a draft of ours
    }
    return null;
  };

  const showNotice = (form) => {
    let note = document.querySelector('[data-draft-restored]');
    if (!note && form.dataset.draftNotice) {
      note = document.createElement('p');
      note.className = 'notice';
      note.setAttribute('role', 'status');
      note.setAttribute('data-draft-restored', '');
      note.textContent = form.dataset.draftNotice;
      form.parentNode.insertBefore(note, form);
    }
    if (note) {
      note.hidden = false;
    }
  };

  document.querySelectorAll('form[data-draft-key]').forEach((form) => {
    const key = form.dataset.draftKey;
    const shown = read(form);
    // Tells the server that this device keeps a draft, so that a page after an ended
    // sign-in says so only when it is true.
    const kept = document.createElement('input');
    kept.type = 'hidden';
    kept.name = 'draftKept';
    kept.value = 'true';
    form.appendChild(kept);

    const refused = document.querySelector('.error-summary') !== null;
    const saved = load(key);
    if (saved && !refused) {
      let restored = false;
      Object.keys(saved).forEach((name) => {
        if (Object.prototype.hasOwnProperty.call(shown, name) && Array.isArray(saved[name])) {
          restored = write(form, name, saved[name].map(String)) || restored;
        }
      });
      if (restored) {
        showNotice(form);
        form.dispatchEvent(new CustomEvent('between:draft-restored', { bubbles: true }));
      }
    }

    let timer = null;
    const save = () => {
      timer = null;
      if (signingOut) {
        return;
      }
      const now = read(form);
      const changed = {};
      Object.keys(now).forEach((name) => {
        if (!same(now[name], shown[name] || [])) {
          changed[name] = now[name];
        }
      });
      try {
        if (Object.keys(changed).length === 0) {
          store.removeItem(key);
        } else {
          store.setItem(key, JSON.stringify({ fields: changed, at: new Date().toISOString() }));
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
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    form.addEventListener('submit', save);
    window.addEventListener('pagehide', () => {
      if (timer) {
        save();
      }
    });
  });
})();
