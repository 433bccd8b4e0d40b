// The chart of the page "Thống kê truy cập" (Chart.js, from npm, served by the module). Its numbers come from a
// <script type="application/json"> element (the Content-Security-Policy allows no inline script); the table below
// the chart holds the same numbers for screen readers and for browsers without JavaScript.
(function () {
  'use strict';

  var canvas = document.querySelector('canvas[data-visit-chart]');
  var source = canvas && document.getElementById(canvas.getAttribute('data-visit-chart'));
  if (!canvas || !source || !window.Chart) { return; }

  var data = JSON.parse(source.textContent);
  var colors = ['#0b5394', '#e69138'];
  var many = data.labels.length > 60;
  var numbers = new Intl.NumberFormat('vi-VN');

  canvas.closest('[data-chart-box]').hidden = false;
  new window.Chart(canvas, {
    type: many ? 'line' : 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map(function (series, i) {
        return {
          label: series.label, data: series.data, backgroundColor: colors[i], borderColor: colors[i],
          borderWidth: many ? 1.5 : 0, pointRadius: 0, pointHitRadius: 6, tension: 0.2
        };
      })
    },
    options: {
      locale: 'vi-VN',
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { maxRotation: 0, autoSkipPadding: 12, callback: function (value) { return this.getLabelForValue(value).slice(0, 5); } } },
        y: { beginAtZero: true, ticks: { precision: 0, callback: function (value) { return numbers.format(value); } } }
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: function (item) { return item.dataset.label + ': ' + numbers.format(item.parsed.y); } } }
      }
    }
  });
})();
