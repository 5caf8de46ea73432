// The movements page: list (GET /api/movements), one movement with its nominations and awards
// (GET /api/movements/{code}/activity), and for the provincial board the forms to create, change and close.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var text = KT.text, cell = KT.cell, date = KT.date, iso = KT.iso, message = KT.message;
  var REFUSED = { 403: 'Chỉ Ban Thi đua – Khen thưởng tỉnh và quản trị viên được thêm, sửa, kết thúc phong trào.' };
  function request(method, url, body) { return KT.request(method, url, body, REFUSED); }
  var LEVELS = { CENTRAL: 'Trung ương', PROVINCE: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã' };
  var state = { mayEdit: false, units: {}, kinds: {}, editing: null, current: null };

  function today() { var t = new Date(); return t.getFullYear() + '-' + String(t.getMonth() + 1).padStart(2, '0') + '-' + String(t.getDate()).padStart(2, '0'); }
  function unitName(code) { return code ? (state.units[code] || code) : ''; }
  function kindName(code) { return state.kinds[code] || code; }

  function ended(m) { return m.endsOn && iso(m.endsOn) < today(); }

  function list(select) {
    return request('GET', '/api/movements').then(function (movements) {
      var body = $('danh-sach');
      body.textContent = '';
      movements.forEach(function (m) {
        var tr = document.createElement('tr');
        if (state.current === m.code) tr.className = 'da-chon';
        var a = document.createElement('a');
        a.href = '?code=' + encodeURIComponent(m.code);
        // The movement's code is what the Excel list template names it by: an identifier, shown as one.
        var code = document.createElement('code');
        code.textContent = m.code;
        a.appendChild(code);
        a.addEventListener('click', function (e) { e.preventDefault(); show(m.code); });
        cell(tr, '').appendChild(a);
        cell(tr, m.name);
        cell(tr, LEVELS[m.launchingLevel] || m.launchingLevel);
        cell(tr, unitName(m.launchedBy));
        cell(tr, date(m.startsOn) + ' – ' + date(m.endsOn));
        var status = cell(tr, ended(m) ? 'Đã kết thúc' : 'Đang diễn ra');
        if (ended(m)) status.className = 'ket-thuc';
        body.appendChild(tr);
      });
      bangTrong(body, 'Không có phong trào nào.');
      if (select) show(select);
    }).catch(function (e) { message(e.message); });
  }

  function show(code) {
    state.current = code;
    history.replaceState(null, '', '?code=' + encodeURIComponent(code));
    request('GET', '/api/movements/' + encodeURIComponent(code) + '/activity').then(function (a) {
      var m = a.movement;
      text($('ct-ma'), m.code);
      var dl = $('ct-thong-tin');
      dl.textContent = '';
      [['Tên phong trào', m.name], ['Cấp phát động', LEVELS[m.launchingLevel] || m.launchingLevel],
        ['Đơn vị phát động', m.launchedBy ? unitName(m.launchedBy) : 'Trung ương'],
        ['Thời gian', date(m.startsOn) + ' – ' + date(m.endsOn) + (ended(m) ? ' (đã kết thúc)' : '')],
        ['Chỉ tiêu', m.targets || '—'],
        ['Hình thức khen thưởng', m.awardKindCodes.length ? m.awardKindCodes.map(kindName).join('; ') : '—'],
        ['Người sửa gần nhất', m.editedBy || 'Dữ liệu khởi tạo']].forEach(function (p) {
        dl.appendChild(text(document.createElement('dt'), p[0]));
        var dd = text(document.createElement('dd'), p[1]);
        if (p[0] === 'Chỉ tiêu') dd.className = 'van-ban';
        dl.appendChild(dd);
      });
      $('ct-thao-tac').hidden = !state.mayEdit;
      $('ngay-ket-thuc').value = iso(m.endsOn);
      $('nut-sua').onclick = function () { edit(m); };
      var rows = $('ct-ho-so');
      rows.textContent = '';
      a.nominations.forEach(function (n) {
        var tr = document.createElement('tr');
        var link = document.createElement('a');
        link.href = '/ho-so.html?code=' + encodeURIComponent(n.code);
        link.textContent = n.code;
        cell(tr, '').appendChild(link);
        cell(tr, n.nomineeName);
        cell(tr, unitName(n.unitCode));
        cell(tr, kindName(n.awardKindCode));
        cell(tr, n.year);
        var label = document.createElement('span');
        label.className = 'nhan ' + n.status;
        text(label, n.statusLabel);
        cell(tr, '').appendChild(label);
        rows.appendChild(tr);
      });
      bangTrong(rows, 'Không có hồ sơ đề nghị nào trong phong trào này.');
      text($('ct-so-ho-so'), '(' + a.nominations.length + ')');
      rows = $('ct-khen-thuong');
      rows.textContent = '';
      a.awards.forEach(function (w) {
        var tr = document.createElement('tr');
        cell(tr, w.nominationCode);
        cell(tr, w.nomineeName);
        cell(tr, unitName(w.unitCode));
        cell(tr, kindName(w.awardKindCode));
        cell(tr, 'Số ' + w.decisionNumber + ' ngày ' + date(w.decisionDate));
        cell(tr, w.signer);
        rows.appendChild(tr);
      });
      bangTrong(rows, 'Không có khen thưởng nào trong phong trào này.');
      text($('ct-so-khen-thuong'), '(' + a.awards.length + ')');
      $('khoi-chi-tiet').hidden = false;
      document.querySelectorAll('#danh-sach tr').forEach(function (tr) {
        tr.className = tr.firstChild.textContent === code ? 'da-chon' : '';
      });
    }).catch(function (e) { message(e.message); });
  }

  function clearErrors() {
    document.querySelectorAll('[data-loi]').forEach(function (s) { s.textContent = ''; });
  }

  function edit(m) {
    state.editing = m ? m.code : null;
    clearErrors();
    text($('tieu-de-form'), m ? 'Sửa phong trào ' + m.code : 'Thêm phong trào thi đua');
    $('f-code').value = m ? m.code : '';
    $('f-code').disabled = !!m;
    $('f-name').value = m ? m.name : '';
    $('f-launchingLevel').value = m ? m.launchingLevel : 'PROVINCE';
    $('f-launchedBy').value = m && m.launchedBy ? m.launchedBy : '';
    $('f-startsOn').value = m ? iso(m.startsOn) : '';
    $('f-endsOn').value = m ? iso(m.endsOn) : '';
    $('f-targets').value = m && m.targets ? m.targets : '';
    document.querySelectorAll('#f-awardKindCodes input').forEach(function (box) {
      box.checked = !!m && m.awardKindCodes.indexOf(box.value) >= 0;
    });
    $('khoi-form').hidden = false;
    $('f-name').focus();
  }

  function save(e) {
    e.preventDefault();
    clearErrors();
    message('');
    var body = {
      code: state.editing || $('f-code').value.trim(),
      name: $('f-name').value,
      launchingLevel: $('f-launchingLevel').value,
      launchedBy: $('f-launchedBy').value || null,
      startsOn: $('f-startsOn').value || null,
      endsOn: $('f-endsOn').value || null,
      targets: $('f-targets').value,
      awardKindCodes: Array.prototype.map.call(document.querySelectorAll('#f-awardKindCodes input:checked'), function (b) { return b.value; })
    };
    var button = $('nut-luu');
    button.disabled = true;
    var call = state.editing ? request('PUT', '/api/movements/' + encodeURIComponent(state.editing), body) : request('POST', '/api/movements', body);
    call.then(function (m) {
      $('khoi-form').hidden = true;
      message('Đã lưu phong trào ' + m.code + '.', true);
      list(m.code);
    }).catch(function (err) {
      message(err.message);
      ((err.problem && err.problem.errors) || []).forEach(function (f) {
        var slot = document.querySelector('[data-loi="' + f.field + '"]');
        if (slot) slot.textContent = f.message;
      });
    }).then(function () { button.disabled = false; });
  }

  function close() {
    var code = state.current;
    var day = $('ngay-ket-thuc').value;
    if (!code || !window.confirm('Kết thúc phong trào ' + code + ' vào ngày ' + date(day) + '?')) return;
    request('POST', '/api/movements/' + encodeURIComponent(code) + '/close', { endsOn: day || null }).then(function () {
      message('Đã kết thúc phong trào ' + code + '.', true);
      list(code);
    }).catch(function (err) { message(err.message); });
  }

  function start() {
    Promise.all([request('GET', '/api/units'), request('GET', '/api/award-kinds'), request('GET', '/api/movements/permissions')])
      .then(function (r) {
        var select = $('f-launchedBy');
        select.appendChild(text(document.createElement('option'), '— Không có (Trung ương) —')).value = '';
        r[0].forEach(function (u) {
          state.units[u.code] = u.name;
          var o = text(document.createElement('option'), u.name);
          o.value = u.code;
          select.appendChild(o);
        });
        var boxes = $('f-awardKindCodes');
        r[1].forEach(function (k) {
          state.kinds[k.code] = k.name;
          var label = document.createElement('label');
          var box = document.createElement('input');
          box.type = 'checkbox';
          box.value = k.code;
          label.appendChild(box);
          label.appendChild(document.createTextNode(k.name));
          boxes.appendChild(label);
        });
        state.mayEdit = r[2].mayEdit;
        $('khu-them').hidden = !state.mayEdit;
        list(new URLSearchParams(location.search).get('code'));
      }).catch(function (e) { message(e.message); });
    $('nut-them').addEventListener('click', function () { edit(null); });
    $('nut-huy').addEventListener('click', function () { $('khoi-form').hidden = true; });
    $('form-phong-trao').addEventListener('submit', save);
    $('nut-ket-thuc').addEventListener('click', close);
  }

  start();
}());
