// Fills the CSRF token from the KT-XSRF-TOKEN cookie (plain HTML, no template engine) and shows the outcome messages.
(function () {
  var match = document.cookie.match(/(?:^|;\s*)KT-XSRF-TOKEN=([^;]*)/);
  if (match) document.getElementById('csrf').value = decodeURIComponent(match[1]);
  var params = new URLSearchParams(window.location.search);
  if (params.has('error')) document.getElementById('error').hidden = false;
  if (params.has('logout')) document.getElementById('logout').hidden = false;
})();
