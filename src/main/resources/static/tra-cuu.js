// The auditors' page: search (GET /api/audit/nominations), one trail, exports, and the chain check.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var state = { page: 0, size: 20, sort: 'filedAt', direction: 'desc' };

  function text(el, value) { el.textContent = value == null ? '' : String(value); return el; }
  function cell(row, value, cls) { var td = document.createElement('td'); text(td, value); if (cls) td.className = cls; row.appendChild(td); return td; }
  // dd/MM/yyyy HH:mm, as on the dossier page and in the PDF.
  function time(iso) {
    if (!iso) { return ''; }
    var d = new Date(typeof iso === 'number' ? iso * 1000 : iso);
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }
  function date(d) { return Array.isArray(d) ? [d[2], d[1], d[0]].map(function (x) { return String(x).padStart(2, '0'); }).join('/') : (d ? d.split('-').reverse().join('/') : ''); }

  function showError(problem, status) {
    var box = $('thong-bao');
    box.hidden = false;
    box.textContent = status === 403 ? 'Chỉ thanh tra và quản trị viên được dùng trang này.'
      : (problem && (problem.title + ': ' + problem.detail)) || 'Không kết nối được máy chủ, hãy thử lại.';
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      if (r.ok) return r.json();
      return r.json().catch(function () { return null; }).then(function (p) { showError(p, r.status); throw new Error(String(r.status)); });
    });
  }

  function query() {
    var params = new URLSearchParams();
    new FormData($('tim')).forEach(function (v, k) { if (String(v).trim() !== '') params.append(k, String(v).trim()); });
    params.set('sort', state.sort);
    params.set('direction', state.direction);
    return params;
  }

  function search() {
    $('thong-bao').hidden = true;
    var params = query();
    params.set('page', state.page);
    params.set('size', state.size);
    $('xuat-csv').href = '/api/audit/nominations/export?format=csv&' + query();
    $('xuat-xlsx').href = '/api/audit/nominations/export?format=xlsx&' + query();
    getJson('/api/audit/nominations?' + params).then(function (page) {
      var body = $('dong');
      body.textContent = '';
      page.items.forEach(function (r) {
        var tr = document.createElement('tr');
        var a = document.createElement('a');
        a.href = '#';
        a.textContent = r.code;
        a.addEventListener('click', function (e) { e.preventDefault(); trail(r.code); });
        cell(tr, '').appendChild(a);
        cell(tr, r.nomineeName + (r.nomineeIdNumber ? ' (' + r.nomineeIdNumber + ')' : ''));
        cell(tr, r.unitName + (r.districtName ? ', ' + r.districtName : ''));
        cell(tr, r.awardKindName);
        cell(tr, r.year);
        cell(tr, r.statusVi);
        cell(tr, (r.decisionNumber ? r.decisionNumber + ' ngày ' + date(r.decisionDate) : '')
          + (r.annulmentNumber ? ' — ĐÃ HỦY BỎ theo QĐ ' + r.annulmentNumber + ' ngày ' + date(r.annulmentDate) : ''));
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có hồ sơ nào khớp điều kiện tìm.');
      var pages = Math.max(1, Math.ceil(page.total / page.size));
      text($('tong'), '(' + page.total + ' hồ sơ)');
      text($('so-trang'), 'Trang ' + (page.page + 1) + ' / ' + pages);
      $('trang-truoc').disabled = page.page === 0;
      $('trang-sau').disabled = page.page + 1 >= pages;
      document.querySelectorAll('th a[data-sort]').forEach(function (a) {
        a.className = a.dataset.sort === state.sort ? 'dang-sap' + (state.direction === 'asc' ? ' tang' : '') : '';
      });
      $('ket-qua').hidden = false;
    }).catch(function () {});
  }

  function trail(code) {
    getJson('/api/audit/nominations/' + encodeURIComponent(code) + '/trail').then(function (t) {
      var s = t.summary;
      text($('nk-ma'), s.code);
      $('nk-pdf').href = '/api/audit/nominations/' + encodeURIComponent(s.code) + '/trail.pdf';
      $('nk-csv').href = '/api/audit/nominations/' + encodeURIComponent(s.code) + '/trail.csv';
      var dl = $('nk-tom-tat');
      dl.textContent = '';
      [['Đối tượng', s.nomineeName + (s.nomineeIdNumber ? ' — ' + s.nomineeIdNumber : '')], ['Đơn vị', s.unitName],
        ['Danh hiệu / hình thức', s.awardKindName], ['Phong trào', s.movementName], ['Năm', s.year],
        ['Trạng thái', s.statusVi + (s.closingReason ? ' — ' + s.closingReason : '')], ['Người lập, lúc', (s.createdByName || s.createdBy) + ', ' + time(s.createdAt)],
        ['Sổ khen thưởng', s.award ? 'Quyết định số ' + s.award.decisionNumber + ' ngày ' + date(s.award.decisionDate) + ', người ký ' + (s.award.signerName || s.award.signer) : 'Chưa có'],
        ['Bỏ phiếu kín', t.secretBallot ? 'Có — không hiển thị lựa chọn của từng thành viên' : 'Không']].forEach(function (p) {
        text(dl.appendChild(document.createElement('dt')), p[0]);
        text(dl.appendChild(document.createElement('dd')), p[1]);
      });
      fill('nk-tra-lai', t.returns, function (tr, r) {
        cell(tr, r.stepName); cell(tr, time(r.returnedAt) + ' — ' + (r.actorName || r.actor)); cell(tr, r.comment); cell(tr, date(r.deadline)); cell(tr, r.statusVi);
      }, 'Không có lần trả lại nào.');
      fill('nk-phieu', t.tallies, function (tr, v) {
        cell(tr, v.round); cell(tr, v.memberNames.join(', ') + (v.choices.length ? ' — biểu quyết công khai: ' + v.choices.join('; ') : ''));
        cell(tr, v.yes + '/' + v.memberCount + ' đồng ý, ' + v.no + ' không đồng ý, ' + v.abstain + ' không biểu quyết — ' + (v.passed ? 'đạt' : 'không đạt'));
      }, 'Không có lần bỏ phiếu nào.');
      fill('nk-tai-lieu', t.documents, function (tr, d) {
        cell(tr, d.kindName); cell(tr, d.version); cell(tr, d.fileName); cell(tr, d.sha256, 'ma-bam'); cell(tr, d.uploadedByName + ', ' + time(d.uploadedAt));
      }, 'Không có tài liệu nào.');
      fill('nk-dong', t.entries, function (tr, e) {
        cell(tr, time(e.at)); cell(tr, e.labelVi);
        cell(tr, e.actorName || '');
        cell(tr, e.detailVi); cell(tr, e.source === 'audit' ? 'Nhật ký #' + e.seq : 'Camunda');
        if (e.source === 'audit') tr.className = 'audit';
      }, 'Không có sự kiện nào.');
      $('nhat-ky').hidden = false;
      $('nhat-ky').scrollIntoView();
    }).catch(function () {});
  }

  function fill(id, rows, render, empty) {
    var body = $(id);
    body.textContent = '';
    rows.forEach(function (r) { var tr = document.createElement('tr'); render(tr, r); body.appendChild(tr); });
    bangTrong(body, empty);
  }

  function options(url, select, label) {
    getJson(url).then(function (list) {
      list.forEach(function (x) { var o = document.createElement('option'); o.value = x.code; o.textContent = label(x); select.appendChild(o); });
    }).catch(function () {});
  }

  $('tim').addEventListener('submit', function (e) { e.preventDefault(); state.page = 0; search(); });
  $('trang-truoc').addEventListener('click', function () { state.page--; search(); });
  $('trang-sau').addEventListener('click', function () { state.page++; search(); });
  document.querySelectorAll('th a[data-sort]').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      state.direction = state.sort === a.dataset.sort && state.direction === 'asc' ? 'desc' : 'asc';
      state.sort = a.dataset.sort;
      state.page = 0;
      search();
    });
  });
  $('nut-kiem-tra').addEventListener('click', function () {
    var out = $('ket-qua-kiem-tra');
    text(out, 'Đang kiểm tra…');
    getJson('/api/audit/verify').then(function (v) {
      out.className = v.valid ? 'nhan AWARDED' : 'nhan REJECTED';
      text(out, v.valid ? v.reasonVi + ' — ' + v.checkedRows + ' dòng, ' + v.checkedChains + ' chuỗi; mã băm tổng hợp các đầu chuỗi ' + v.headHash
        : 'KHÔNG toàn vẹn: ' + v.reasonVi + (v.nominationCode ? ' (hồ sơ ' + v.nominationCode + ')' : ''));
    }).catch(function () { text(out, ''); });
  });

  options('/api/units', $('don-vi'), function (u) { return u.name; });
  options('/api/award-kinds', $('hinh-thuc'), function (k) { return k.name; });
  options('/api/movements', $('phong-trao'), function (m) { return m.name; });
  var initial = new URLSearchParams(location.search).get('code');
  if (initial) trail(initial);
  search();
})();
