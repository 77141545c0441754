// Draws the month-by-month first turns as stacked bars; the numbers are also in the table.
document.querySelectorAll('canvas.insights-chart').forEach((canvas) => {
  if (typeof Chart === 'undefined') {
    return;
  }
  const data = JSON.parse(canvas.dataset.chart);
  const palette = ['#2f6f62', '#7a3b12', '#3d5a98', '#8a6d1f', '#6b3f7a', '#2b6f8f', '#8c3f4a', '#55606a'];
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.months,
      datasets: data.series.map((s, i) => ({ label: s.label, data: s.counts, backgroundColor: palette[i % palette.length] }))
    },
    options: {
      animation: reduced ? false : { duration: 300 },
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.yLabel } }
      },
      plugins: { legend: { position: 'bottom' } }
    }
  });
  canvas.dataset.drawn = 'true';
});
