// The rules page: every rule with its legal basis and status (GET /api/rules), unconfirmed first; filter by status or text.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var rules = [];

  function cell(row, value, cls) {
    var td = document.createElement('td');
    td.textContent = value == null ? '' : String(value);
    if (cls) td.className = cls;
    row.appendChild(td);
    return td;
  }

  function message(text) {
    var box = $('thong-bao');
    box.hidden = !text;
    box.textContent = text || '';
  }

  function period(r) {
    if (r.effectiveFrom && r.effectiveTo) return 'Từ ' + r.effectiveFrom + ' đến ' + r.effectiveTo;
    if (r.effectiveFrom) return 'Từ ' + r.effectiveFrom;
    if (r.effectiveTo) return 'Đến ' + r.effectiveTo;
    return 'Không giới hạn';
  }

  function codeCell(row, value) {
    var code = document.createElement('code');
    code.textContent = value == null ? '' : String(value);
    cell(row, '', 'nho').appendChild(code);
  }

  function show() {
    var status = $('loc-trang-thai').value;
    var words = $('loc-chu').value.trim().toLowerCase();
    var body = $('danh-sach');
    body.textContent = '';
    rules.filter(function (r) {
      if (status && r.status !== status) return false;
      if (!words) return true;
      return [r.source, r.table, r.ruleId, r.subject, r.value, r.basis, r.note].join(' ').toLowerCase().indexOf(words) >= 0;
    }).forEach(function (r) {
      var row = document.createElement('tr');
      var tag = document.createElement('span');
      tag.className = 'nhan ' + r.status;
      tag.textContent = r.statusLabel;
      cell(row, '').appendChild(tag);
      var where = cell(row, r.table);
      where.appendChild(document.createElement('br'));
      var code = document.createElement('code');
      code.textContent = r.source + ' · ' + r.ruleId;
      where.appendChild(code);
      // The rule's condition and value as the engine reads them (DMN/FEEL): shown as code, beside the plain-words basis.
      codeCell(row, r.subject);
      codeCell(row, r.value);
      cell(row, r.basis || 'Chưa ghi căn cứ');
      cell(row, period(r));
      cell(row, r.note, 'nho');
      body.appendChild(row);
    });
    bangTrong(body, 'Không có quy tắc nào khớp điều kiện lọc.');
  }

  fetch('/api/rules', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (response.status === 401) throw new Error('Phiên đăng nhập đã hết, hãy đăng nhập lại.');
      if (response.status === 403) throw new Error('Chỉ quản trị viên và thanh tra viên được xem căn cứ pháp lý của các quy tắc.');
      if (!response.ok) throw new Error('Không tải được danh sách quy tắc (mã lỗi ' + response.status + ').');
      return response.json();
    })
    .then(function (listing) {
      rules = listing.rules;
      $('tong-hop').textContent = listing.total + ' quy tắc, trong đó ' + listing.unconfirmed + ' chưa xác nhận'
        + (listing.missing ? ', ' + listing.missing + ' THIẾU căn cứ' : '') + '.';
      show();
    })
    .catch(function (e) { message(e.message); $('tong-hop').textContent = ''; });

  $('loc-trang-thai').addEventListener('change', show);
  $('loc-chu').addEventListener('input', show);
})();
