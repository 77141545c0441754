// The meditation timer: a plain countdown of 3, 5 or 10 minutes, shown as text; silent
// unless the person chose a soft sound at the end (a short bell made with Web Audio: no
// file to fetch).
// Without JavaScript the controls stay hidden and a sentence explains how to use any
// clock instead (the page's CSP allows no inline script).
(function () {
  'use strict';

  function format(ms) {
    const total = Math.max(0, Math.ceil(ms / 1000));
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    return minutes + ':' + String(seconds).padStart(2, '0');
  }

  // A soft bell: a sine tone that fades out over three seconds, quietly.
  function bell() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      return;
    }
    const audio = new Context();
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = 528;
    volume.gain.setValueAtTime(0.0001, audio.currentTime);
    volume.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.05);
    volume.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 3);
    tone.connect(volume).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 3);
    tone.onended = () => audio.close();
  }

  document.querySelectorAll('[data-timer]').forEach((root) => {
    const controls = root.querySelector('.timer-controls');
    const display = root.querySelector('.timer-display');
    const status = root.querySelector('.timer-status');
    const start = root.querySelector('[data-timer-start]');
    const stop = root.querySelector('[data-timer-stop]');
    const sound = root.querySelector('[data-timer-sound]');
    let endAt = null;
    let ticker = null;

    function chosenMs() {
      const checked = root.querySelector('input[name="timer-minutes"]:checked');
      return (checked ? Number(checked.value) : 5) * 60000;
    }

    function end(message) {
      clearInterval(ticker);
      ticker = null;
      endAt = null;
      start.hidden = false;
      stop.hidden = true;
      status.textContent = message;
    }

    root.querySelectorAll('input[name="timer-minutes"]').forEach((radio) => {
      radio.addEventListener('change', () => {
        if (!ticker) {
          display.textContent = format(chosenMs());
        }
      });
    });

    start.addEventListener('click', () => {
      endAt = Date.now() + chosenMs();
      display.textContent = format(endAt - Date.now());
      status.textContent = sound.checked ? root.dataset.startedSound : root.dataset.started;
      start.hidden = true;
      stop.hidden = false;
      stop.focus();
      ticker = setInterval(() => {
        const left = endAt - Date.now();
        display.textContent = format(left);
        if (left <= 0) {
          if (sound.checked) {
            bell();
          }
          end(root.dataset.done);
          start.focus();
        }
      }, 250);
    });

    stop.addEventListener('click', () => {
      end(root.dataset.stopped);
      display.textContent = format(chosenMs());
      start.focus();
    });

    display.textContent = format(chosenMs());
    controls.hidden = false;
  });
})();
