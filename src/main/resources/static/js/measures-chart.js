// Draws each questionnaire's trend from the numbers in its canvas's data-chart attribute
// (the page's CSP allows no inline script). The published score bands are shaded behind
// the line; reliable changes are marked with a larger triangle, not by colour alone. The
// same numbers are in the table under the chart.
(function () {
  'use strict';


  // Shades each band between its lower and upper score, with its name at the right edge.
  const bandShading = {
    id: 'bandShading',
    beforeDatasetsDraw(chart, args, options) {
      const bands = options.bands || [];
      if (!bands.length) {
        return;
      }
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      bands.forEach((band, index) => {
        const top = scales.y.getPixelForValue(band.to + 0.5);
        const bottom = scales.y.getPixelForValue(band.from - 0.5);
        const y1 = Math.max(chartArea.top, Math.min(top, bottom));
        const y2 = Math.min(chartArea.bottom, Math.max(top, bottom));
        ctx.globalAlpha = 0.06 + 0.05 * index;
        ctx.fillStyle = options.color;
        ctx.fillRect(chartArea.left, y1, chartArea.right - chartArea.left, y2 - y1);
        ctx.globalAlpha = 1;
        ctx.fillStyle = options.textColor;
        ctx.font = '12px system-ui, sans-serif';
        ctx.textAlign = 'right';
        ctx.textBaseline = 'top';
        if (y2 - y1 >= 14) {
          ctx.fillText(band.label, chartArea.right - 4, y1 + 2);
        }
      });
      ctx.restore();
    }
  };

  function draw(canvas) {
    let data;
    try {
      data = JSON.parse(canvas.dataset.chart);
    } catch (e) {
      return;
    }
    if (!data || !data.points || !data.points.length || typeof Chart === 'undefined') {
      return;
    }
    const { accent, text, muted, border, reduceMotion } = BetweenChart.theme();
    const reliable = data.points.map((p) => p.reliableChange !== 'NONE');

    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.points.map((p) => p.label),
        datasets: [{
          label: data.title,
          data: data.points.map((p) => p.score),
          borderColor: accent,
          backgroundColor: accent,
          borderWidth: 3,
          tension: 0,
          pointStyle: reliable.map((r) => (r ? 'triangle' : 'circle')),
          pointRadius: reliable.map((r) => (r ? 9 : 4)),
          pointHoverRadius: reliable.map((r) => (r ? 11 : 6))
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        scales: {
          x: {
            title: { display: true, text: data.xLabel, color: text },
            ticks: { color: muted, maxRotation: 0, autoSkip: true },
            grid: { color: border }
          },
          y: {
            min: 0,
            max: data.max,
            title: { display: true, text: data.yLabel, color: text },
            ticks: { color: muted, precision: 0 },
            grid: { color: border }
          }
        },
        plugins: {
          legend: { display: false },
          bandShading: { bands: data.bands, color: accent, textColor: muted },
          tooltip: {
            callbacks: {
              afterLabel: (item) => (reliable[item.dataIndex] ? data.reliableLabel : '')
            }
          }
        }
      },
      plugins: [bandShading]
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
