// Draws the check-in history charts from the numbers in each canvas's
// data-checkin-chart attribute (the page's CSP allows no inline script). The same
// numbers are in the table under the charts and in words beside each one.
// The x axis is time: a linear axis of epoch milliseconds whose ticks are written as
// dates in the person's zone and language (no date adapter is needed), from the first
// check-in to the last, so that three check-ins in one minute take one minute's width.
(function () {
  'use strict';

  // Told apart by dash and point shape as well as colour (never meaning by colour alone).
  const STYLES = [
    { dash: [], point: 'circle' },
    { dash: [8, 4], point: 'rect' },
    { dash: [2, 3], point: 'triangle' },
    { dash: [12, 4, 2, 4], point: 'rectRot' }
  ];
  const HOUR = 3600 * 1000;

  function formatter(axis, span) {
    const options = { timeZone: axis.zone };
    if (span <= 2 * 24 * HOUR) {
      Object.assign(options, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    } else {
      Object.assign(options, { day: 'numeric', month: 'short' });
    }
    try {
      return new Intl.DateTimeFormat(axis.locale, options);
    } catch (e) {
      return new Intl.DateTimeFormat(undefined, options);
    }
  }

  function draw(canvas) {
    let data;
    try {
      data = JSON.parse(canvas.dataset.checkinChart);
    } catch (e) {
      return;
    }
    if (!data || !data.axis || !data.axis.xs || !data.axis.xs.length || typeof Chart === 'undefined') {
      return;
    }
    const { accent, text, muted, border, reduceMotion } = BetweenChart.theme();
    const xs = data.axis.xs;
    let min = xs[0];
    let max = xs[xs.length - 1];
    if (max - min < HOUR) {
      // One moment (or a few close together): an hour either side, not days.
      min -= HOUR;
      max += HOUR;
    }
    const format = formatter(data.axis, max - min);
    const colours = [accent, text, muted, accent];
    const many = data.series.length > 1;

    new Chart(canvas, {
      type: 'line',
      data: {
        datasets: data.series.map((s, i) => ({
          label: s.name,
          data: s.values.map((v, j) => ({ x: xs[j], y: v })),
          borderColor: colours[i % colours.length],
          backgroundColor: colours[i % colours.length],
          borderDash: STYLES[i % STYLES.length].dash,
          pointStyle: STYLES[i % STYLES.length].point,
          borderWidth: many ? 2 : 3,
          tension: 0,
          pointRadius: xs.length > 60 ? 2 : 4,
          pointHoverRadius: 6
        }))
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        parsing: true,
        scales: {
          x: {
            type: 'linear',
            min: min,
            max: max,
            title: { display: true, text: data.axis.label, color: text },
            ticks: {
              color: muted,
              maxRotation: 0,
              autoSkip: true,
              maxTicksLimit: 4,
              callback: (value) => format.format(new Date(value))
            },
            grid: { color: border }
          },
          y: {
            min: 0,
            max: data.max,
            title: { display: true, text: data.yLabel, color: text },
            ticks: { color: muted, precision: 0, stepSize: data.max > 5 ? 2 : 1 },
            grid: { color: border }
          }
        },
        plugins: {
          legend: { display: many, labels: { color: text, usePointStyle: true } },
          tooltip: {
            callbacks: {
              title: (items) => items.length ? formatter(data.axis, 0).format(new Date(items[0].parsed.x)) : ''
            }
          }
        }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas[data-checkin-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
