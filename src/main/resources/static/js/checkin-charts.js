// Draws the check-in history charts from the numbers in each canvas's
// data-checkin-chart attribute (the page's CSP allows no inline script). The same
// numbers are in the table under the charts and in words beside each one.
(function () {
  'use strict';


  function draw(canvas) {
    let data;
    try {
      data = JSON.parse(canvas.dataset.checkinChart);
    } catch (e) {
      return;
    }
    if (!data || !data.values || !data.values.length || typeof Chart === 'undefined') {
      return;
    }
    const { accent, text, muted, border, reduceMotion } = BetweenChart.theme();

    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [{
          label: data.title,
          data: data.values,
          borderColor: accent,
          backgroundColor: accent,
          borderWidth: 3,
          tension: 0,
          pointRadius: data.values.length > 60 ? 2 : 4,
          pointHoverRadius: 6
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        scales: {
          x: {
            title: { display: true, text: data.xLabel, color: text },
            ticks: { color: muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 5 },
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
          legend: { display: false }
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
