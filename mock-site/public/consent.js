// The consent dialog (MOCK_CONSENT=on): « Tout accepter » or « Tout refuser » writes the answer
// in a cookie for the whole site and takes the dialog away; the server no longer shows it.
(function () {
  'use strict';
  var root = document.querySelector('.consent[data-cookie]');
  if (!root) return;
  var cookie = root.getAttribute('data-cookie');
  root.querySelectorAll('button[data-consent]').forEach(function (button) {
    button.addEventListener('click', function () {
      var answer = button.getAttribute('data-consent');
      document.cookie = cookie + '=' + answer + '; path=/; max-age=15552000; SameSite=Lax';
      root.remove();
    });
  });
})();
