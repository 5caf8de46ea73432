// The list page: the template (GET /api/nomination-lists/template.xlsx), the upload (POST /api/nomination-lists), the row
// report (GET /api/nomination-lists/{id}) with its annotated sheet (…/report.xlsx), and the unit's earlier lists.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var text = KT.text, cell = KT.cell, cookie = KT.cookie, message = KT.message, problemText = KT.problemText;
  var current = null;

  function when(t) {
    if (!t) return '';
    var d = new Date(t);
    return isNaN(d) ? String(t) : d.toLocaleString('vi-VN');
  }

  function answer(r) {
    if (r.ok) return r.json();
    return r.json().catch(function () { return null; }).then(function (p) { throw new Error(problemText(p, r.status)); });
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(answer);
  }

  function show(report) {
    current = report;
    $('khoi-bao-cao').hidden = false;
    text($('bc-ten'), '— ' + report.fileName + ' (' + report.modeLabel + ')');
    var figures = $('bc-so-lieu');
    figures.textContent = '';
    [['Số dòng', report.rowCount], ['Hợp lệ', report.validCount], ['Không hợp lệ', report.invalidCount], ['Đã nộp', report.filedCount],
      ['Tài liệu đã đính kèm', report.documentCount]].forEach(function (f) {
      var span = document.createElement('span');
      span.appendChild(document.createTextNode(f[0] + ': '));
      span.appendChild(text(document.createElement('b'), f[1]));
      figures.appendChild(span);
    });
    $('bc-tai-xlsx').href = '/api/nomination-lists/' + report.id + '/report.xlsx';
    rows();
  }

  function rows() {
    var body = $('bc-dong');
    body.textContent = '';
    var onlyWrong = $('chi-loi').checked;
    current.rows.forEach(function (r) {
      if (onlyWrong && r.outcome !== 'INVALID') return;
      var tr = document.createElement('tr');
      tr.className = r.outcome;
      cell(tr, r.row);
      cell(tr, r.nomineeName);
      cell(tr, r.outcomeLabel).className = 'ket-qua';
      var code = cell(tr, '');
      if (r.code) {
        var a = document.createElement('a');
        a.href = '/ho-so.html?code=' + encodeURIComponent(r.code);
        a.textContent = r.code;
        code.appendChild(a);
      }
      var errors = cell(tr, '');
      errors.className = 'loi';
      if (r.problems.length) {
        var ul = document.createElement('ul');
        r.problems.forEach(function (p) {
          var li = document.createElement('li');
          li.textContent = (p.column ? 'Cột ' + p.column + ' (' + p.columnName + '): ' : p.columnName ? p.columnName + ': ' : '') + p.message;
          ul.appendChild(li);
        });
        errors.appendChild(ul);
      }
      body.appendChild(tr);
    });
    bangTrong(body, 'Không có dòng nào cần xem.');
  }

  function earlier() {
    return getJson('/api/nomination-lists').then(function (lists) {
      var body = $('lich-su');
      body.textContent = '';
      lists.forEach(function (l) {
        var tr = document.createElement('tr');
        var a = document.createElement('a');
        a.href = '?id=' + l.id;
        a.textContent = l.id;
        a.addEventListener('click', function (e) { e.preventDefault(); open(l.id); });
        cell(tr, '').appendChild(a);
        cell(tr, l.fileName);
        cell(tr, l.modeLabel);
        cell(tr, l.rowCount);
        cell(tr, l.validCount);
        cell(tr, l.invalidCount);
        cell(tr, l.filedCount);
        cell(tr, when(l.createdAt));
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có danh sách nào đã nộp.');
    }).catch(function (e) { message(e.message); });
  }

  function open(id) {
    window.history.replaceState(null, '', '?id=' + encodeURIComponent(id));
    return getJson('/api/nomination-lists/' + encodeURIComponent(id)).then(show).catch(function (e) { message(e.message); });
  }

  $('chi-loi').addEventListener('change', function () { if (current) rows(); });

  $('form-nop').addEventListener('submit', function (e) {
    e.preventDefault();
    message('');
    var file = $('tep').files[0];
    if (!file) { message('Hãy chọn tệp danh sách (.xlsx).'); return; }
    var data = new FormData();
    data.append('file', file);
    if ($('tai-lieu').files[0]) data.append('documents', $('tai-lieu').files[0]);
    var mode = document.querySelector('input[name=mode]:checked').value;
    data.append('mode', mode);
    var headers = { Accept: 'application/json' };
    var token = cookie('KT-XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = token;
    $('nut-nop').disabled = true;
    $('dang-xu-ly').hidden = false;
    fetch('/api/nomination-lists', { method: 'POST', headers: headers, credentials: 'same-origin', body: data })
      .then(answer)
      .then(function (report) {
        show(report);
        window.history.replaceState(null, '', '?id=' + report.id);
        if (report.alreadyFiled) {
          message('Tệp này đã được nộp trước đây (danh sách số ' + report.id + '); không nộp lại. Kết quả dưới đây là của lần nộp đó.');
        } else if (report.filedCount > 0) {
          message('Đã nộp ' + report.filedCount + '/' + report.rowCount + ' dòng thành hồ sơ đề nghị khen thưởng.', true);
        } else if (report.invalidCount > 0) {
          message('Danh sách có ' + report.invalidCount + ' dòng không hợp lệ; chưa nộp dòng nào. Xem lỗi từng dòng bên dưới.');
        } else {
          message('Tất cả ' + report.rowCount + ' dòng hợp lệ' + (mode === 'CHECK_ONLY' ? '; chọn cách nộp và tải lên lại để nộp.' : '.'), true);
        }
        return earlier();
      })
      .catch(function (err) { message(err.message); })
      .then(function () { $('nut-nop').disabled = false; $('dang-xu-ly').hidden = true; });
  });

  var id = new URLSearchParams(location.search).get('id');
  earlier();
  if (id) open(id);
})();
