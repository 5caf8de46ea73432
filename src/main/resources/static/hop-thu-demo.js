// The demo mailbox for administrators: every mail the embedded GreenMail received (GET /api/demo-mailbox).
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function text(el, value) { el.textContent = value == null ? '' : String(value); return el; }
  function cell(row, value) { var td = document.createElement('td'); text(td, value); row.appendChild(td); return td; }
  function when(t) {
    var d = new Date(t);
    var two = function (x) { return String(x).padStart(2, '0'); };
    return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }

  function message(value) {
    var box = $('thong-bao');
    box.hidden = !value;
    box.textContent = value || '';
  }

  function load() {
    fetch('/api/demo-mailbox', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (r.ok) return r.json();
        return r.json().catch(function () { return null; }).then(function (p) {
          if (r.status === 403) throw new Error('Chỉ quản trị viên xem được hộp thư demo.');
          throw new Error(p && p.title ? p.title + ': ' + p.detail : 'Không kết nối được máy chủ, hãy thử lại.');
        });
      })
      .then(function (mails) {
        message('');
        text($('so-thu'), mails.length + ' thư');
        var body = $('danh-sach');
        body.textContent = '';
        mails.forEach(function (m) {
          var tr = document.createElement('tr');
          cell(tr, when(m.receivedAt));
          cell(tr, m.to);
          cell(tr, m.subject);
          var pre = document.createElement('pre');
          pre.className = 'noi-dung-thu';
          text(pre, m.text);
          var details = document.createElement('details');
          var summary = document.createElement('summary');
          summary.textContent = 'Xem nội dung';
          details.appendChild(summary);
          details.appendChild(pre);
          cell(tr, '').appendChild(details);
          body.appendChild(tr);
        });
        bangTrong(body, 'Không có thư nào trong hộp thư.');
      })
      .catch(function (err) { message(err.message); });
  }

  $('nut-tai-lai').addEventListener('click', load);
  load();
})();
