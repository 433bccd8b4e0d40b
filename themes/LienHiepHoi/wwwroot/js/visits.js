// Keeps the "Thống kê truy cập" numbers fresh on output-cached pages: asks /api/visits once per page view
// and writes the numbers in Vietnamese format. Any failure leaves the server-rendered values as they are.
(function () {
  'use strict';
  var spans = document.querySelectorAll('[data-visits]');
  if (!spans.length || !window.fetch) { return; }
  fetch('/api/visits', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) {
      if (!data) { return; }
      spans.forEach(function (span) {
        var value = data[span.getAttribute('data-visits')];
        if (typeof value === 'number' && isFinite(value)) {
          span.textContent = value.toLocaleString('vi-VN');
        }
      });
    })
    .catch(function () { /* the block keeps what the server rendered */ });
})();
