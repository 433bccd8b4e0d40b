// The recipe import page: a file above the size limit is refused before it is sent (the server refuses it too).
(function () {
  'use strict';
  var input = document.querySelector('input[type=file][data-max-bytes]');
  if (!input) { return; }
  var error = document.getElementById(input.getAttribute('aria-describedby'));
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    var tooBig = file && file.size > Number(input.getAttribute('data-max-bytes'));
    input.setCustomValidity(tooBig ? input.getAttribute('data-too-big') : '');
    if (error) {
      error.textContent = tooBig ? input.getAttribute('data-too-big') : '';
      error.hidden = !tooBig;
    }
  });
}());
