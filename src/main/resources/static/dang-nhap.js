// Fills the CSRF token from the KT-XSRF-TOKEN cookie (plain HTML, no template engine) and shows the outcome messages.
(function () {
  var match = document.cookie.match(/(?:^|;\s*)KT-XSRF-TOKEN=([^;]*)/);
  if (match) document.getElementById('csrf').value = decodeURIComponent(match[1]);
  var params = new URLSearchParams(window.location.search);
  if (params.has('error')) document.getElementById('error').hidden = false;
  if (params.has('logout')) document.getElementById('logout').hidden = false;
  // ?throttled=N: seconds until the login throttle lets this account or address try again.
  var wait = parseInt(params.get('throttled'), 10);
  if (wait > 0) {
    document.getElementById('throttled-wait').textContent = wait < 90 ? wait + ' giây' : Math.ceil(wait / 60) + ' phút';
    document.getElementById('throttled').hidden = false;
  }
})();
