// The registry page's annulment part (Law 2022, art. 93): cases (GET/POST /api/revocations), evidence and instalments of
// one case, awards flagged for review, auditors' findings, and the correction of a decision (/api/awards/{id}/corrections,
// /api/award-corrections). Each section shows only when the signed-in official may read it; the server decides who writes.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var text = KT.text, cell = KT.cell, cookie = KT.cookie, say = KT.message;
  var grounds = {};

  function date(d) { return d ? String(d).split('-').reverse().join('/') : ''; }
  function money(n) { return n == null ? '' : Number(n).toLocaleString('vi-VN'); }
  function request(method, url, body, form) {
    var headers = { Accept: 'application/json' };
    var token = cookie('KT-XSRF-TOKEN');
    if (token && method !== 'GET') headers['X-XSRF-TOKEN'] = token;
    if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : (form ? body : JSON.stringify(body)) })
      .then(function (r) {
        if (r.ok) return r.json();
        return r.json().catch(function () { return null; }).then(function (p) {
          var e = new Error(p && p.detail ? p.title + ': ' + p.detail : 'Lỗi ' + r.status);
          e.status = r.status;
          throw e;
        });
      });
  }
  function fail(err) { say(err.message); }

  function fillGrounds(select) {
    Object.keys(grounds).forEach(function (code) {
      var o = document.createElement('option');
      o.value = code;
      o.textContent = grounds[code].clause + ': ' + grounds[code].label;
      select.appendChild(o);
    });
  }

  function cases() {
    return request('GET', '/api/revocations').then(function (list) {
      $('khoi-huy-bo').hidden = false;
      var body = $('ds-huy-bo');
      body.textContent = '';
      list.forEach(function (c) {
        var tr = document.createElement('tr');
        var link = document.createElement('a');
        link.href = '?huy-bo=' + encodeURIComponent(c.code);
        link.textContent = c.code;
        link.addEventListener('click', function (e) { e.preventDefault(); show(c.code); });
        cell(tr, '').appendChild(link);
        cell(tr, 'Số ' + c.awardId + ' — ' + c.nomineeName + ' (QĐ ' + c.awardDecisionNumber + ')');
        cell(tr, c.groundClause);
        cell(tr, c.statusLabel);
        cell(tr, c.decisionNumber ? 'Số ' + c.decisionNumber + ' ngày ' + date(c.decisionDate) : '');
        cell(tr, money(c.amountToRecover));
        cell(tr, money(c.amountRecovered));
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có hồ sơ hủy bỏ nào.');
    });
  }

  var current = null;
  function show(code) {
    return request('GET', '/api/revocations/' + encodeURIComponent(code)).then(function (c) {
      current = c.code;
      $('chi-tiet-huy-bo').hidden = false;
      text($('ct-ma'), c.code);
      text($('ct-tom-tat'), c.statusLabel + '. Căn cứ: ' + c.groundClause + ' — ' + c.groundDetail
        + (c.appraisalReason ? '. Ý kiến thẩm định: ' + c.appraisalReason : '')
        + '. Phải thu hồi ' + money(c.amountToRecover) + ' đồng, đã thu ' + money(c.amountRecovered) + ' đồng.');
      var docs = $('ct-tai-lieu');
      docs.textContent = '';
      c.evidence.forEach(function (e) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = '/api/revocations/' + encodeURIComponent(c.code) + '/evidence/' + e.id;
        a.textContent = e.title + ' (' + e.reference + ') — ' + e.fileName;
        li.appendChild(a);
        docs.appendChild(li);
      });
      var paid = $('ct-nop');
      paid.textContent = '';
      c.recoveries.forEach(function (r) {
        var tr = document.createElement('tr');
        cell(tr, date(r.paidOn));
        cell(tr, money(r.amount));
        cell(tr, r.receiptReference);
        cell(tr, r.recordedBy);
        paid.appendChild(tr);
      });
      bangTrong(paid, 'Không có lần nộp lại nào.');
      $('form-tai-lieu').hidden = !(c.status === 'APPRAISAL' || c.status === 'RETURNED');
      $('form-nop').hidden = c.status !== 'RECOVERY';
    }).catch(fail);
  }

  function flags() {
    return request('GET', '/api/award-review-flags').then(function (list) {
      $('khoi-ra-soat').hidden = false;
      var body = $('ds-ra-soat');
      body.textContent = '';
      list.forEach(function (f) {
        var tr = document.createElement('tr');
        cell(tr, f.awardId);
        cell(tr, f.nomineeName);
        cell(tr, f.awardKindCode);
        cell(tr, f.year);
        cell(tr, f.annulledAwardId);
        cell(tr, f.caseCode);
        cell(tr, f.ruleName);
        var result = cell(tr, f.resolution ? f.resolution + ' (' + f.resolvedBy + ')' : '');
        if (!f.resolution) {
          var button = document.createElement('button');
          button.type = 'button';
          button.textContent = 'Ghi kết quả rà soát';
          button.addEventListener('click', function () {
            var resolution = window.prompt('Kết quả rà soát khen thưởng số ' + f.awardId);
            if (!resolution) return;
            request('POST', '/api/award-review-flags/' + f.id + '/resolution', { resolution: resolution })
              .then(function () { say('Đã ghi kết quả rà soát.', true); flags(); }).catch(fail);
          });
          result.appendChild(button);
        }
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có khen thưởng nào cần rà soát.');
    });
  }

  function findings() {
    return request('GET', '/api/revocation-findings').then(function (list) {
      $('khoi-kien-nghi').hidden = false;
      var body = $('ds-kien-nghi');
      body.textContent = '';
      list.forEach(function (f) {
        var tr = document.createElement('tr');
        cell(tr, f.id);
        cell(tr, f.awardId);
        cell(tr, grounds[f.groundCode] ? grounds[f.groundCode].clause : f.groundCode);
        cell(tr, f.content);
        cell(tr, f.filedBy);
        cell(tr, f.filedAt ? new Date(f.filedAt).toLocaleString('vi-VN') : '');
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có kiến nghị nào.');
    });
  }

  function pendingCorrections() {
    return request('GET', '/api/award-corrections/pending').then(function (list) {
      $('khoi-cho-duyet').hidden = !list.length;
      var body = $('ds-cho-duyet');
      body.textContent = '';
      list.forEach(function (c) {
        var tr = document.createElement('tr');
        cell(tr, c.awardId);
        cell(tr, c.fieldLabel);
        cell(tr, c.originalValue);
        cell(tr, c.correctedValue);
        cell(tr, c.reason);
        var actions = cell(tr, '');
        var approve = document.createElement('button');
        approve.type = 'button';
        approve.textContent = 'Duyệt';
        approve.addEventListener('click', function () {
          var number = window.prompt('Số quyết định đính chính');
          if (!number) return;
          var day = window.prompt('Ngày quyết định (yyyy-MM-dd)', new Date().toISOString().substring(0, 10));
          request('POST', '/api/award-corrections/' + c.id + '/approval', { decisionNumber: number, decisionDate: day })
            .then(function () { say('Đã duyệt đính chính.', true); pendingCorrections(); }).catch(fail);
        });
        var refuse = document.createElement('button');
        refuse.type = 'button';
        refuse.textContent = 'Không duyệt';
        refuse.addEventListener('click', function () {
          var reason = window.prompt('Lý do không duyệt');
          if (!reason) return;
          request('POST', '/api/award-corrections/' + c.id + '/refusal', { reason: reason })
            .then(function () { say('Đã ghi không duyệt.', true); pendingCorrections(); }).catch(fail);
        });
        actions.appendChild(approve);
        actions.appendChild(refuse);
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có việc nào chờ duyệt.');
    });
  }

  function number(id) { var v = $(id).value.trim(); return /^\d+$/.test(v) ? Number(v) : null; }

  $('form-mo-huy-bo').addEventListener('submit', function (e) {
    e.preventDefault();
    request('POST', '/api/revocations', { awardId: number('hb-so'), groundCode: $('hb-can-cu').value, groundDetail: $('hb-noi-dung').value,
      findingId: number('hb-kien-nghi') }).then(function (c) {
      say('Đã mở hồ sơ ' + c.code + '; nhiệm vụ thẩm định ở Tasklist.', true);
      cases().then(function () { show(c.code); });
    }).catch(fail);
  });
  $('form-tai-lieu').addEventListener('submit', function (e) {
    e.preventDefault();
    var form = new FormData();
    form.append('title', $('tl-ten').value);
    form.append('reference', $('tl-so').value);
    if ($('tl-tep').files[0]) form.append('file', $('tl-tep').files[0]);
    request('POST', '/api/revocations/' + encodeURIComponent(current) + '/evidence', form, true)
      .then(function () { say('Đã thêm tài liệu.', true); show(current); }).catch(fail);
  });
  $('form-nop').addEventListener('submit', function (e) {
    e.preventDefault();
    request('POST', '/api/revocations/' + encodeURIComponent(current) + '/recoveries', { amount: number('nop-tien'), paidOn: $('nop-ngay').value,
      receiptReference: $('nop-chung-tu').value }).then(function () { say('Đã ghi nhận lần nộp.', true); cases(); show(current); }).catch(fail);
  });
  $('form-kien-nghi').addEventListener('submit', function (e) {
    e.preventDefault();
    request('POST', '/api/revocation-findings', { awardId: number('kn-so'), groundCode: $('kn-can-cu').value, content: $('kn-noi-dung').value })
      .then(function (f) { say('Đã ghi kiến nghị số ' + f.id + '.', true); findings(); }).catch(fail);
  });
  $('form-dinh-chinh').addEventListener('submit', function (e) {
    e.preventDefault();
    request('POST', '/api/awards/' + encodeURIComponent($('dc-so').value.trim()) + '/corrections', { field: $('dc-truong').value,
      correctedValue: $('dc-dung').value, originalValue: $('dc-goc').value || null, reason: $('dc-ly-do').value })
      .then(function () { say('Đã gửi đề nghị đính chính; Chủ tịch cấp đã quyết định khen thưởng duyệt.', true); }).catch(fail);
  });

  request('GET', '/api/revocation-grounds').then(function (list) {
    list.forEach(function (g) { grounds[g.code] = g; });
    fillGrounds($('hb-can-cu'));
    fillGrounds($('kn-can-cu'));
    var wanted = new URLSearchParams(window.location.search).get('huy-bo');
    return Promise.all([cases(), flags(), findings()]).then(function () { if (wanted) show(wanted); });
  }).catch(function (err) { if (err.status !== 403) fail(err); });
  pendingCorrections().catch(function () { $('khoi-cho-duyet').hidden = true; });
})();
