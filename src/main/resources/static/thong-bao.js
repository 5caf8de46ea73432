// The person's own notification settings (GET/PUT /api/me/notifications) and their latest mails.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var text = KT.text, cell = KT.cell, message = KT.message, request = KT.request;

  function when(t) {
    if (!t) return '';
    var d = new Date(t);
    var two = function (x) { return String(x).padStart(2, '0'); };
    return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }

  function show(mine) {
    text($('nguoi-nhan'), 'Người nhận: ' + mine.name + (mine.email ? ' — địa chỉ thư: ' + mine.email : ' — chưa có địa chỉ thư, hãy đề nghị quản trị viên bổ sung.'));
    $('tat-ca-tat').hidden = mine.mailOn;
    var body = $('lua-chon');
    body.textContent = '';
    mine.preferences.forEach(function (p) {
      var tr = document.createElement('tr');
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.name = p.kind;
      box.checked = p.enabled;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + p.label));
      cell(tr, '').appendChild(label);
      cell(tr, p.enabled ? 'Có' : 'Không');
      body.appendChild(tr);
    });
    bangTrong(body, 'Không có loại thông báo nào.');
    var recent = $('gan-day');
    recent.textContent = '';
    if (!mine.recent.length) {
      var empty = document.createElement('tr');
      cell(empty, 'Chưa có thư nào.').colSpan = 5;
      recent.appendChild(empty);
    }
    mine.recent.forEach(function (r) {
      var tr = document.createElement('tr');
      cell(tr, when(r.sentAt || r.createdAt));
      cell(tr, r.kindLabel);
      var code = cell(tr, '');
      if (r.nominationCode) {
        var a = document.createElement('a');
        a.href = '/ho-so.html?code=' + encodeURIComponent(r.nominationCode);
        a.textContent = r.nominationCode;
        code.appendChild(a);
      }
      cell(tr, r.subject);
      cell(tr, r.statusLabel);
      recent.appendChild(tr);
    });
  }

  $('form-lua-chon').addEventListener('submit', function (e) {
    e.preventDefault();
    var choices = Array.prototype.map.call(document.querySelectorAll('#lua-chon input[type=checkbox]'), function (box) {
      return { kind: box.name, enabled: box.checked };
    });
    request('PUT', '/api/me/notifications', { preferences: choices })
      .then(function (mine) { show(mine); message('Đã lưu lựa chọn.', true); })
      .catch(function (err) { message(err.message); });
  });

  request('GET', '/api/me/notifications').then(show).catch(function (err) { message(err.message); });
})();
