// Batch work (/api/work): the board's waiting appraisals approved with one answer, a chairman's waiting decisions put
// into one award decision (/api/decisions), which is filled, printed and signed once.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var text = KT.text, cell = KT.cell, date = KT.date, iso = KT.iso, message = KT.message, request = KT.request;
  var KIND = { appraisal: { url: '/api/work/appraisals', title: 'Hồ sơ chờ Ban Thi đua – Khen thưởng thẩm định',
      help: 'Chọn các hồ sơ đã thẩm định đạt yêu cầu rồi bấm „Đồng ý“. Trả lại hoặc từ chối từng hồ sơ trong Tasklist (cần lý do riêng).' },
    decision: { url: '/api/work/decisions', title: 'Hồ sơ chờ Chủ tịch UBND quyết định',
      help: 'Chọn các hồ sơ rồi đưa vào một quyết định khen thưởng; quyết định được ký một lần cho tất cả.' } };
  var STATUS = { DRAFT: 'Dự thảo', SIGNED: 'Đã ký' };
  var state = { tab: null, page: 0, total: 0, decisions: [], current: null, results: {} };

  function money(n) { return n == null ? '' : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); }
  function codeLink(td, code) {
    var a = document.createElement('a');
    a.href = '/ho-so.html?code=' + encodeURIComponent(code);
    a.target = '_blank';
    a.rel = 'noopener';
    text(a, code);
    td.textContent = '';
    td.appendChild(a);
  }
  function checked(body) {
    return Array.prototype.slice.call(body.querySelectorAll('input[type=checkbox]:checked')).map(function (c) { return c.value; });
  }

  // ---- tabs -------------------------------------------------------------------------------------------------------
  function show(tab) {
    state.tab = tab;
    Array.prototype.forEach.call(document.querySelectorAll('#cac-the button'), function (b) {
      b.className = 'nut-phu' + (b.getAttribute('data-the') === tab ? ' dang-chon' : '');
    });
    $('khoi-danh-sach').hidden = tab === 'qd';
    $('khoi-qd').hidden = tab !== 'qd';
    $('khoi-chi-tiet-qd').hidden = tab !== 'qd' || !state.current;
    if (tab === 'qd') { loadDecisions(); return; }
    var kind = KIND[tab === 'tham-dinh' ? 'appraisal' : 'decision'];
    text($('tieu-de-danh-sach'), kind.title);
    text($('huong-dan'), kind.help);
    $('thao-tac-tham-dinh').hidden = tab !== 'tham-dinh';
    $('thao-tac-quyet-dinh').hidden = tab !== 'quyet-dinh';
    state.page = 0;
    state.results = {};
    loadList();
  }

  // ---- waiting list -----------------------------------------------------------------------------------------------
  function listUrl() {
    var kind = KIND[state.tab === 'tham-dinh' ? 'appraisal' : 'decision'];
    var q = ['page=' + state.page, 'size=' + $('co-trang').value];
    [['unit', 'loc-don-vi'], ['awardKind', 'loc-hinh-thuc'], ['movement', 'loc-phong-trao']].forEach(function (p) {
      if ($(p[1]).value) q.push(p[0] + '=' + encodeURIComponent($(p[1]).value));
    });
    return kind.url + '?' + q.join('&');
  }
  function loadList() {
    return request('GET', listUrl()).then(function (page) {
      state.total = page.total;
      var body = $('hang-cho');
      body.textContent = '';
      $('chon-tat-ca').checked = false;
      page.items.forEach(function (i) {
        var tr = document.createElement('tr');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.value = state.tab === 'tham-dinh' ? i.taskId : i.nominationCode;
        box.setAttribute('aria-label', 'Chọn ' + i.nominationCode);
        var td = document.createElement('td');
        td.appendChild(box);
        tr.appendChild(td);
        codeLink(cell(tr, ''), i.nominationCode);
        cell(tr, i.nomineeName);
        cell(tr, i.unitName);
        cell(tr, i.awardKindName);
        cell(tr, i.movementName);
        cell(tr, i.year);
        cell(tr, date(i.waitingSince));
        var result = state.results[box.value];
        if (result) cell(tr, result.text, result.ok ? 'ket-qua-tot' : 'ket-qua-loi'); else cell(tr, '');
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có hồ sơ nào đang chờ.');
      var pages = Math.max(1, Math.ceil(page.total / page.size));
      text($('so-trang'), 'Trang ' + (page.page + 1) + '/' + pages + ' — ' + page.total + ' hồ sơ');
      $('trang-truoc').disabled = page.page === 0;
      $('trang-sau').disabled = page.page + 1 >= pages;
    }).catch(function (e) { message(e.message); });
  }
  function approveSelected() {
    var ids = checked($('hang-cho'));
    if (!ids.length) { message('Chưa chọn hồ sơ nào.'); return; }
    $('nut-dong-y').disabled = true;
    request('POST', '/api/work/appraisals/complete', { taskIds: ids, outcome: 'approve', comment: $('y-kien').value || null })
      .then(function (answer) {
        state.results = {};
        var refused = [];
        answer.rows.forEach(function (r) {
          state.results[r.taskId] = { ok: r.done, text: r.done ? 'Đã đồng ý' : r.reason };
          if (!r.done) refused.push((r.nominationCode || r.taskId) + ': ' + r.reason);
        });
        message('Đã đồng ý ' + answer.done + ' hồ sơ' + (answer.refused ? '; ' + answer.refused + ' hồ sơ không xử lý được — ' + refused.join('; ') : '.'), !answer.refused);
        return renderResults(answer.rows);
      })
      .catch(function (e) { message(e.message); })
      .then(function () { $('nut-dong-y').disabled = false; });
  }
  // Completed rows leave the list; their result stays visible in a row of their own until the next filter.
  function renderResults(rows) {
    return loadList().then(function () {
      var body = $('hang-cho');
      rows.filter(function (r) { return r.done; }).forEach(function (r) {
        var tr = document.createElement('tr');
        cell(tr, '');
        if (r.nominationCode) codeLink(cell(tr, ''), r.nominationCode); else cell(tr, r.taskId);
        cell(tr, r.nomineeName);
        for (var i = 0; i < 5; i++) cell(tr, '');
        cell(tr, 'Đã đồng ý, chuyển bước quyết định', 'ket-qua-tot');
        body.insertBefore(tr, body.firstChild);
      });
    });
  }
  function addSelectedToDecision(id, codes, after) {
    if (!id) { message('Chưa có dự thảo quyết định: lập dự thảo ở mục „Quyết định khen thưởng“.'); return; }
    if (!codes.length) { message('Chưa chọn hồ sơ nào.'); return; }
    request('POST', '/api/decisions/' + id + '/nominations', { nominationCodes: codes }).then(function (answer) {
      state.results = {};
      answer.rows.forEach(function (r) { state.results[r.nominationCode] = { ok: r.ok, text: r.ok ? 'Đã đưa vào quyết định ' + id : r.reason }; });
      message('Đã đưa ' + answer.added + ' hồ sơ vào quyết định ' + id + (answer.refused ? '; ' + answer.refused + ' hồ sơ không đưa được (xem cột Kết quả).' : '.'), !answer.refused);
      return after();
    }).catch(function (e) { message(e.message); });
  }

  // ---- decisions --------------------------------------------------------------------------------------------------
  function loadDecisions() {
    return request('GET', '/api/decisions').then(function (list) {
      state.decisions = list;
      var body = $('ds-qd');
      body.textContent = '';
      var select = $('chon-qd');
      select.textContent = '';
      list.forEach(function (d) {
        var tr = document.createElement('tr');
        var a = document.createElement('a');
        a.href = '#';
        text(a, d.id);
        a.addEventListener('click', function (ev) { ev.preventDefault(); openDecision(d.id); });
        var td = document.createElement('td');
        td.appendChild(a);
        tr.appendChild(td);
        cell(tr, d.unitName);
        cell(tr, d.number);
        cell(tr, date(d.date));
        cell(tr, d.title);
        cell(tr, d.awardees);
        cell(tr, STATUS[d.status] || d.status);
        body.appendChild(tr);
        if (d.status === 'DRAFT') {
          var o = document.createElement('option');
          o.value = d.id;
          text(o, 'Dự thảo ' + d.id + ' — ' + d.unitName + ' (' + d.awardees + ' hồ sơ)');
          select.appendChild(o);
        }
      });
      bangTrong(body, 'Không có quyết định nào.');
    }).catch(function (e) { message(e.message); });
  }
  function openDecision(id) {
    return request('GET', '/api/decisions/' + id).then(function (v) {
      state.current = v;
      $('khoi-chi-tiet-qd').hidden = false;
      $('qd-tu-choi').hidden = true;
      text($('qd-tieu-de'), (v.number || '(chưa có số)') + ' — ' + v.unitName + ' — ' + (STATUS[v.status] || v.status));
      $('qd-so').value = v.number || '';
      $('qd-ngay').value = iso(v.date);
      $('qd-trich-yeu').value = v.title;
      $('qd-can-cu').value = v.legalBases;
      var signer = $('qd-nguoi-ky');
      signer.textContent = '';
      var o = document.createElement('option');
      o.value = v.signer;
      text(o, v.signerName || v.signer);
      signer.appendChild(o);
      request('GET', '/api/decisions/levels').then(function (levels) {
        levels.filter(function (l) { return l.unitCode === v.unitCode; }).forEach(function (l) {
          l.chairmen.filter(function (c) { return c !== v.signer; }).forEach(function (c) {
            var x = document.createElement('option');
            x.value = c;
            text(x, (l.chairmanNames && l.chairmanNames[c]) || c);
            signer.appendChild(x);
          });
        });
      }).catch(function () { /* the signer shown stays */ });
      ['qd-so', 'qd-ngay', 'qd-nguoi-ky', 'qd-trich-yeu', 'qd-can-cu'].forEach(function (f) { $(f).disabled = !v.mayEdit; });
      $('qd-luu-khu').hidden = !v.mayEdit;
      text($('qd-tong-tien'), money(v.totalAmount));
      text($('qd-tien-ghi-chu'), v.moneyComplete ? '(tính theo bảng tiền thưởng và lương cơ sở ngày ký)' : '(có dòng chưa tính được tiền thưởng, xem bảng)');
      var body = $('qd-dong');
      body.textContent = '';
      v.lines.forEach(function (l) {
        var tr = document.createElement('tr');
        cell(tr, l.no);
        codeLink(cell(tr, ''), l.nominationCode);
        cell(tr, l.nomineeName);
        cell(tr, l.position);
        cell(tr, l.achievement);
        cell(tr, l.awardKindName);
        cell(tr, l.amount == null ? l.moneyProblem : money(l.amount), 'so-tien');
        var td = cell(tr, '');
        if (v.mayEdit) {
          var b = document.createElement('button');
          b.type = 'button';
          b.className = 'nut-phu';
          text(b, 'Bỏ');
          b.addEventListener('click', function () {
            request('DELETE', '/api/decisions/' + v.id + '/nominations/' + encodeURIComponent(l.nominationCode)).then(function () { return openDecision(v.id); })
              .catch(function (e) { message(e.message); });
          });
          td.appendChild(b);
        }
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có dòng nào trong quyết định.');
      $('qd-pdf').href = '/api/decisions/' + v.id + '/pdf';
      $('qd-bang-khen').href = '/api/decisions/' + v.id + '/certificates';
      $('qd-bang-khen').hidden = v.status !== 'SIGNED';
      $('nut-ky').hidden = !v.maySign;
      $('qd-ung-vien-khu').hidden = !v.mayEdit;
      if (v.mayEdit) loadCandidates(v.id);
    }).catch(function (e) { message(e.message); });
  }
  function loadCandidates(id) {
    request('GET', '/api/decisions/' + id + '/candidates').then(function (items) {
      var body = $('qd-ung-vien');
      body.textContent = '';
      items.forEach(function (i) {
        var tr = document.createElement('tr');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.value = i.nominationCode;
        var td = document.createElement('td');
        td.appendChild(box);
        tr.appendChild(td);
        codeLink(cell(tr, ''), i.nominationCode);
        cell(tr, i.nomineeName);
        cell(tr, i.unitName);
        cell(tr, i.awardKindName);
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có hồ sơ nào có thể đưa vào quyết định.');
    }).catch(function (e) { message(e.message); });
  }
  function saveDecision(ev) {
    ev.preventDefault();
    var v = state.current;
    request('PUT', '/api/decisions/' + v.id, { number: $('qd-so').value || null, date: $('qd-ngay').value || null, signer: $('qd-nguoi-ky').value,
      title: $('qd-trich-yeu').value, legalBases: $('qd-can-cu').value })
      .then(function () { message('Đã lưu dự thảo.', true); loadDecisions(); return openDecision(v.id); })
      .catch(function (e) { message(e.message); });
  }
  function sign() {
    var v = state.current;
    if (!window.confirm('Ký Quyết định số ' + (v.number || '?') + ' cho ' + v.awardees + ' cá nhân, tập thể? Mọi hồ sơ trong quyết định sẽ được quyết định cùng lúc.')) return;
    $('nut-ky').disabled = true;
    request('POST', '/api/decisions/' + v.id + '/sign').then(function () {
      message('Đã ký quyết định; ' + v.awardees + ' hồ sơ đã được ghi sổ khen thưởng.', true);
      loadDecisions();
      return openDecision(v.id);
    }).catch(function (e) {
      message(e.message);
      var rows = e.problem && e.problem.rows;
      if (rows) {
        var body = $('qd-tu-choi-dong');
        body.textContent = '';
        rows.forEach(function (r) { var tr = document.createElement('tr'); codeLink(cell(tr, ''), r.nominationCode); cell(tr, r.reason, 'ket-qua-loi'); body.appendChild(tr); });
        $('qd-tu-choi').hidden = false;
      }
    }).then(function () { $('nut-ky').disabled = false; });
  }
  function createDecision() {
    request('POST', '/api/decisions', { unitCode: $('cap-qd').value }).then(function (v) {
      message('Đã lập dự thảo quyết định ' + v.id + '.', true);
      return loadDecisions().then(function () { return openDecision(v.id); });
    }).catch(function (e) { message(e.message); });
  }

  // ---- start ------------------------------------------------------------------------------------------------------
  function fill(select, items, value, label) {
    items.forEach(function (x) { var o = document.createElement('option'); o.value = value(x); text(o, label(x)); select.appendChild(o); });
  }
  document.querySelectorAll('#cac-the button').forEach(function (b) { b.addEventListener('click', function () { show(b.getAttribute('data-the')); }); });
  $('bo-loc').addEventListener('submit', function (ev) { ev.preventDefault(); state.page = 0; state.results = {}; loadList(); });
  $('trang-truoc').addEventListener('click', function () { state.page = Math.max(0, state.page - 1); loadList(); });
  $('trang-sau').addEventListener('click', function () { state.page += 1; loadList(); });
  $('chon-tat-ca').addEventListener('change', function () {
    var on = $('chon-tat-ca').checked;
    $('hang-cho').querySelectorAll('input[type=checkbox]').forEach(function (c) { c.checked = on; });
  });
  $('chon-ung-vien').addEventListener('change', function () {
    var on = $('chon-ung-vien').checked;
    $('qd-ung-vien').querySelectorAll('input[type=checkbox]').forEach(function (c) { c.checked = on; });
  });
  $('nut-dong-y').addEventListener('click', approveSelected);
  $('nut-them-vao-qd').addEventListener('click', function () { addSelectedToDecision($('chon-qd').value, checked($('hang-cho')), loadList); });
  $('nut-them-ung-vien').addEventListener('click', function () {
    var v = state.current;
    addSelectedToDecision(v.id, checked($('qd-ung-vien')), function () { loadDecisions(); return openDecision(v.id); });
  });
  $('form-qd').addEventListener('submit', saveDecision);
  $('nut-ky').addEventListener('click', sign);
  $('nut-lap-qd').addEventListener('click', createDecision);
  $('nut-xoa-qd').addEventListener('click', function () {
    var v = state.current;
    if (!window.confirm('Xoá dự thảo quyết định ' + v.id + '?')) return;
    request('DELETE', '/api/decisions/' + v.id).then(function () { state.current = null; $('khoi-chi-tiet-qd').hidden = true; message('Đã xoá dự thảo.', true); loadDecisions(); })
      .catch(function (e) { message(e.message); });
  });

  // The filters' choices, and which lists this official has (c.lists): only those tabs are shown, nothing is probed.
  request('GET', '/api/work/choices').then(function (c) {
    fill($('loc-don-vi'), c.units, function (u) { return u.code; }, function (u) { return u.name; });
    fill($('loc-hinh-thuc'), c.awardKinds, function (k) { return k.code; }, function (k) { return k.name; });
    fill($('loc-phong-trao'), c.movements, function (m) { return m.code; }, function (m) { return m.name; });
    var tabs = [];
    if ((c.lists || []).indexOf('appraisals') >= 0) tabs.push('tham-dinh');
    if ((c.lists || []).indexOf('decisions') >= 0) tabs.push('quyet-dinh');
    tabs.forEach(function (t) { document.querySelector('[data-the="' + t + '"]').hidden = false; });
    loadDecisions();
    show(tabs[0] || 'qd');
  }).catch(function (e) { message(e.message); });
  request('GET', '/api/decisions/levels').then(function (levels) {
    fill($('cap-qd'), levels, function (l) { return l.unitCode; }, function (l) { return l.unitName; });
    $('lap-qd').hidden = !levels.length;
  }).catch(function () { /* not a drafter */ });
})();
