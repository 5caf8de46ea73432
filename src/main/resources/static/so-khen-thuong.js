// The registry import page: the template (GET /api/award-registry/import-template.xlsx), an upload
// (POST /api/award-registry/imports) with its row report, the past imports (GET /api/award-registry/imports) and a
// search of the registry (GET /api/awards) where imported lines say "nhập từ sổ cũ".
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var text = KT.text, cell = KT.cell, date = KT.date, cookie = KT.cookie, message = KT.message;
  var REFUSED = { 403: 'Chỉ quản trị viên được nhập sổ khen thưởng các năm trước.', 413: 'Tệp quá lớn.' };
  function problemText(problem, status) { return KT.problemText(problem, status, REFUSED); }
  var state = { units: {}, kinds: {} };

  function moment(t) { if (!t) return ''; var d = new Date(t); return isNaN(d) ? String(t) : d.toLocaleString('vi-VN'); }
  function money(n) { return n == null ? '' : Number(n).toLocaleString('vi-VN'); }
  function unitName(code) { return code ? (state.units[code] || code) : ''; }
  function kindName(code) { return state.kinds[code] || code; }

  function request(method, url, body) {
    var headers = { Accept: 'application/json' };
    var token = cookie('KT-XSRF-TOKEN');
    if (token && method !== 'GET') headers['X-XSRF-TOKEN'] = token;
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin', body: body })
      .then(function (r) {
        if (r.ok) return r.json();
        return r.json().catch(function () { return null; }).then(function (p) {
          var e = new Error(problemText(p, r.status));
          e.problem = p;
          e.status = r.status;
          throw e;
        });
      });
  }

  function report(r, refused) {
    $('khoi-ket-qua').hidden = false;
    text($('kq-tep'), r.fileName);
    var summary = r.rowsRead + ' dòng: ' + r.imported + ' dòng đã nhập, ' + r.duplicates + ' dòng trùng, ' + r.rejected + ' dòng lỗi.';
    if (refused) summary += ' Chưa nhập dòng nào: sửa các dòng lỗi rồi tải lên lại, hoặc chọn "Chỉ nhập các dòng hợp lệ".';
    if (r.previousImportId) summary += ' Tệp này (cùng mã SHA-256) đã được nhập ở lần ' + r.previousImportId + '.';
    text($('kq-tom-tat'), summary);
    var errors = $('kq-loi');
    errors.textContent = '';
    (r.problems || []).forEach(function (p) {
      var tr = document.createElement('tr');
      cell(tr, p.row);
      cell(tr, p.column + ' – ' + p.header);
      cell(tr, p.message);
      errors.appendChild(tr);
    });
    $('kq-loi-khoi').hidden = !(r.problems || []).length;
    var dup = $('kq-trung');
    dup.textContent = '';
    (r.duplicateRows || []).forEach(function (d) {
      var tr = document.createElement('tr');
      cell(tr, d.row);
      cell(tr, d.decisionNumber);
      cell(tr, d.nomineeName);
      cell(tr, d.birthYear);
      cell(tr, d.message);
      dup.appendChild(tr);
    });
    $('kq-trung-khoi').hidden = !(r.duplicateRows || []).length;
  }

  function upload(e) {
    e.preventDefault();
    var file = $('tep').files[0];
    if (!file) { message('Hãy chọn tệp đã điền.'); return; }
    var form = new FormData();
    form.append('file', file);
    var url = '/api/award-registry/imports' + ($('chi-dong-hop-le').checked ? '?validRowsOnly=true' : '');
    $('nut-nhap').disabled = true;
    message('');
    request('POST', url, form).then(function (r) {
      report(r, false);
      message(r.written ? 'Đã nhập ' + r.imported + ' dòng vào sổ khen thưởng.' : 'Không có dòng mới nào để nhập.', r.written);
      imports();
    }).catch(function (err) {
      message(err.message);
      if (err.problem && err.problem.report) report(err.problem.report, true);
    }).then(function () { $('nut-nhap').disabled = false; });
  }

  function imports() {
    return request('GET', '/api/award-registry/imports').then(function (list) {
      var body = $('lan-nhap');
      body.textContent = '';
      list.forEach(function (i) {
        var tr = document.createElement('tr');
        cell(tr, i.id);
        cell(tr, i.fileName);
        cell(tr, i.sha256).className = 'ma-bam';
        cell(tr, i.importedBy);
        cell(tr, moment(i.importedAt));
        cell(tr, i.rowsRead);
        cell(tr, i.imported);
        cell(tr, i.duplicates);
        cell(tr, i.rejected);
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có lần nhập nào.');
    }).catch(function (err) { if (err.status === 403) $('khoi-nhap').hidden = true; message(err.message); });
  }

  function search(e) {
    if (e) e.preventDefault();
    var q = [];
    if ($('tim-ten').value.trim()) q.push('nominee=' + encodeURIComponent($('tim-ten').value.trim()));
    if ($('tim-don-vi').value) q.push('unit=' + encodeURIComponent($('tim-don-vi').value));
    if ($('tim-nam').value) q.push('year=' + encodeURIComponent($('tim-nam').value));
    request('GET', '/api/awards' + (q.length ? '?' + q.join('&') : '')).then(function (awards) {
      var body = $('ket-qua-tim');
      body.textContent = '';
      awards.forEach(function (a) {
        var tr = document.createElement('tr');
        cell(tr, a.id);
        // Truy tặng: the family member who received the award stays beside the name.
        cell(tr, a.posthumous ? a.nomineeName + ' (truy tặng; thân nhân nhận thay: ' + a.receiverName + ', ' + a.receiverRelation + ')' : a.nomineeName);
        cell(tr, unitName(a.unitCode));
        cell(tr, kindName(a.awardKindCode));
        cell(tr, a.year);
        cell(tr, 'Số ' + a.decisionNumber + ' ngày ' + date(a.decisionDate));
        cell(tr, a.signerName || a.signer);
        cell(tr, money(a.rewardAmount));
        var source = cell(tr, a.source === 'IMPORTED' ? 'nhập từ sổ cũ' : 'từ hồ sơ ' + (a.nominationCode || ''));
        if (a.source === 'IMPORTED') source.className = 'so-cu';
        // An annulled award stays in the registry with its annulling decision (Law 2022, art. 93).
        cell(tr, a.annulled ? a.statusLabel + ' ngày ' + date(a.annulmentDate) : a.statusLabel);
        if (a.annulled) tr.className = 'da-huy';
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có khen thưởng nào khớp điều kiện tìm.');
    }).catch(function (err) { message(err.message); });
  }

  $('form-nhap').addEventListener('submit', upload);
  $('form-tim').addEventListener('submit', search);
  Promise.all([request('GET', '/api/units'), request('GET', '/api/award-kinds')]).then(function (r) {
    var select = $('tim-don-vi');
    r[0].forEach(function (u) {
      state.units[u.code] = u.name;
      var o = document.createElement('option');
      o.value = u.code;
      o.textContent = u.name;
      select.appendChild(o);
    });
    r[1].forEach(function (k) { state.kinds[k.code] = k.name; });
  }).catch(function (err) { message(err.message); }).then(function () {
    // Only administrators import, administrators and auditors read past imports: asked, not probed with a refused request.
    return request('GET', '/api/award-registry/access').then(function (may) {
      $('khoi-nhap').hidden = !may.mayImport;
      if (may.mayReadImports) imports();
    }).catch(function () { $('khoi-nhap').hidden = true; });
  }).then(function () { search(); });
})();
