// Helpers our pages share, loaded before each page's own script (same origin: the CSP's script-src 'self' allows it).
// Plain functions on window.KT; a page keeps only its own logic.
(function () {
  'use strict';
  var FALLBACK = 'Không kết nối được máy chủ, hãy thử lại.';

  function text(el, value) { el.textContent = value == null ? '' : String(value); return el; }
  function cell(row, value, cls) { var td = document.createElement('td'); text(td, value); if (cls) td.className = cls; row.appendChild(td); return td; }
  function cookie(name) {
    var found = document.cookie.split('; ').filter(function (c) { return c.indexOf(name + '=') === 0; })[0];
    return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
  }
  // The page's message box #thong-bao: hidden when empty, green ("tot") when good news.
  function message(value, good) {
    var box = document.getElementById('thong-bao');
    box.hidden = !value;
    box.className = 'thong-bao' + (good ? ' tot' : '');
    box.textContent = value || '';
  }
  // What a refused request says: the page's own words for a status (refusals: {403: '...'}), else the problem detail.
  function problemText(problem, status, refusals) {
    if (refusals && refusals[status]) return refusals[status];
    if (status === 401) return 'Phiên đăng nhập đã hết, hãy đăng nhập lại.';
    return (problem && problem.title ? problem.title + ': ' + problem.detail : null) || FALLBACK;
  }
  // JSON in and out with the CSRF header; a refusal rejects with an Error carrying status and problem.
  function request(method, url, body, refusals) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    var token = cookie('KT-XSRF-TOKEN');
    if (token && method !== 'GET') headers['X-XSRF-TOKEN'] = token;
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.status === 204) return null;
        if (r.ok) return r.json();
        return r.json().catch(function () { return null; }).then(function (p) {
          var e = new Error(problemText(p, r.status, refusals));
          e.status = r.status;
          e.problem = p;
          throw e;
        });
      });
  }
  // A date as dd/mm/yyyy from Jackson's [y, m, d] or an ISO string (a timestamp keeps its date).
  function date(d) {
    return Array.isArray(d) ? [d[2], d[1], d[0]].map(function (x) { return String(x).padStart(2, '0'); }).join('/')
      : (d ? String(d).substring(0, 10).split('-').reverse().join('/') : '');
  }
  // The same as yyyy-mm-dd, for date inputs and comparisons.
  function iso(d) { return Array.isArray(d) ? [d[0], String(d[1]).padStart(2, '0'), String(d[2]).padStart(2, '0')].join('-') : (d || ''); }

  window.KT = { text: text, cell: cell, cookie: cookie, message: message, problemText: problemText, request: request, date: date, iso: iso };
})();
