// Draws the month-by-month first turns as stacked bars; the numbers are also in the table.
document.querySelectorAll('canvas.insights-chart').forEach((canvas) => {
  if (typeof Chart === 'undefined') {
    return;
  }
  const data = JSON.parse(canvas.dataset.chart);
  const theme = BetweenChart.theme();
  const palette = [theme.accent, '#7a3b12', '#3d5a98', '#8a6d1f', '#6b3f7a', '#2b6f8f', '#8c3f4a', theme.muted];
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.months,
      datasets: data.series.map((s, i) => ({ label: s.label, data: s.counts, backgroundColor: palette[i % palette.length] }))
    },
    options: {
      animation: theme.reduceMotion ? false : { duration: 300 },
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, ticks: { color: theme.muted }, grid: { color: theme.border } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: theme.muted }, grid: { color: theme.border },
          title: { display: true, text: data.yLabel, color: theme.text } }
      },
      plugins: { legend: { position: 'bottom', labels: { color: theme.text } } }
    }
  });
  canvas.dataset.drawn = 'true';
});
