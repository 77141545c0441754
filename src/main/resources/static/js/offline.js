// Offline help (on every page; see /sw.js and safety.web.OfflinePages). Registers the service
// worker, tells it of each visit, and runs "Keep my plan on this phone" on /safety: the plan page
// and its PDF go into a cache of their own only when the client turns it on, are saved again on
// each visit of /safety while it is on, and are removed when it is turned off, when someone else
// signs in on this browser, and on submitting a form marked data-forget-plan (signing out,
// deleting the account). Without JavaScript nothing is kept, and every page works as before.
(() => {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    return;
  }
  const PLAN = 'between-plan';
  const OWNER = 'between.keepPlan';
  const PAGES = ['/safety', '/safety/plan.pdf'];
  const SAVE = { headers: { 'X-Between-Offline': 'save' }, credentials: 'same-origin', cache: 'no-store' };

  const owner = () => {
    try {
      return window.localStorage.getItem(OWNER);
    } catch (e) {
      return null;
    }
  };
  const setOwner = (id) => {
    try {
      if (id) {
        window.localStorage.setItem(OWNER, id);
      } else {
        window.localStorage.removeItem(OWNER);
      }
    } catch (e) {
      // storage blocked: the cache alone decides
    }
  };
  const forget = () => {
    setOwner(null);
    return caches.delete(PLAN);
  };
  const keep = async (id) => {
    const cache = await caches.open(PLAN);
    for (const url of PAGES) {
      const response = await fetch(url, SAVE);
      const type = response.headers.get('Content-Type') || '';
      const expected = url.endsWith('.pdf') ? 'application/pdf' : 'text/html';
      if (!response.ok || response.redirected || !type.startsWith(expected)) {
        throw new Error('not saved: ' + url);
      }
      await cache.put(url, response);
    }
    setOwner(id);
  };

  // Signing out (or deleting the account) on purpose removes the plan from this device first.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-forget-plan') || form.dataset.forgotten) {
      return;
    }
    event.preventDefault();
    form.dataset.forgotten = 'true';
    forget().catch(() => undefined).finally(() => form.submit());
  });

  // Someone else signed in on this browser: the plan kept here was not theirs to read.
  const person = document.querySelector('meta[name="between-person"]');
  if (person && owner() && owner() !== person.content) {
    forget();
  }

  // The offline page offers "My plan" only when it is kept here.
  const planLink = document.querySelector('[data-offline-plan]');
  if (planLink) {
    caches.match('/safety', { ignoreVary: true }).then((found) => {
      planLink.hidden = !found;
    });
  }

  const box = document.querySelector('[data-keep-plan]');
  if (box) {
    const input = box.querySelector('input[type="checkbox"]');
    const status = box.querySelector('[data-keep-status]');
    const id = box.dataset.keepPlan;
    const say = (key) => {
      status.textContent = box.dataset[key] || '';
    };
    box.hidden = false;
    caches.has(PLAN).then(async (has) => {
      input.checked = has && owner() === id;
      if (input.checked) {
        say('textKept');
        if (navigator.onLine) {
          await keep(id).catch(() => undefined);
        }
      }
    });
    input.addEventListener('change', () => {
      if (input.checked) {
        say('textSaving');
        keep(id).then(() => say('textKept'), () => {
          input.checked = false;
          forget();
          say('textFailed');
        });
      } else {
        forget().then(() => say('textRemoved'));
      }
    });
  }

  navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (navigator.onLine && registration.active && !document.querySelector('[data-offline-page]')) {
        registration.active.postMessage('visit');
      }
    })
    .catch(() => undefined);
})();
