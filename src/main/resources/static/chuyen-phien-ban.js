// Migration of running nominations to another process version (/api/admin/migrations): choose two versions, read the
// plan and the nominations at each step with what stops each one, map renamed steps, then move all or a selection.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var URL = '/api/admin/migrations';
  var state = { processes: [], mappings: [], preview: null, batch: null, timer: null };

  function text(el, value) { el.textContent = value == null ? '' : String(value); return el; }
  function cell(row, value, cls) { var td = document.createElement('td'); text(td, value); if (cls) td.className = cls; row.appendChild(td); return td; }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
  function option(select, value, label) { var o = document.createElement('option'); o.value = value; text(o, label); select.appendChild(o); return o; }
  function when(iso) { return iso ? new Date(iso).toLocaleString('vi-VN') : ''; }
  function cookie(name) {
    var found = document.cookie.split('; ').filter(function (c) { return c.indexOf(name + '=') === 0; })[0];
    return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
  }
  function message(msg, good, details) {
    var box = $('thong-bao');
    box.hidden = !msg;
    box.className = 'thong-bao' + (good ? ' tot' : '');
    clear(box);
    if (!msg) return;
    box.appendChild(document.createTextNode(msg));
    if (details && details.length) {
      var ul = document.createElement('ul');
      details.forEach(function (d) { var li = document.createElement('li'); text(li, d); ul.appendChild(li); });
      box.appendChild(ul);
    }
  }
  function request(method, url, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    var token = cookie('KT-XSRF-TOKEN');
    if (token && method !== 'GET') headers['X-XSRF-TOKEN'] = token;
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.ok) return r.json();
        return r.json().catch(function () { return null; }).then(function (p) {
          var e = new Error(r.status === 401 ? 'Phiên đăng nhập đã hết, hãy đăng nhập lại.'
            : r.status === 403 ? 'Chỉ quản trị viên được dùng trang này.'
            : (p && p.title ? p.title + ': ' + p.detail : 'Không kết nối được máy chủ, hãy thử lại.'));
          e.details = p && p.errors ? p.errors.map(function (x) { return x.message; }) : [];
          throw e;
        });
      });
  }
  function fail(e) { message(e.message, false, e.details); }

  // ---- versions ---------------------------------------------------------------------------------------------------
  function versionLabel(v) {
    return 'Phiên bản ' + v.version + (v.versionTag ? ' (' + v.versionTag + ')' : '') + ' — triển khai ' + when(v.deployedAt)
      + ' — ' + v.running + ' hồ sơ đang chạy';
  }
  function currentProcess() {
    var key = $('quy-trinh').value;
    return state.processes.filter(function (p) { return p.key === key; })[0];
  }
  function fillVersions() {
    var p = currentProcess();
    clear($('nguon'));
    clear($('dich'));
    if (!p) return;
    p.versions.forEach(function (v) {
      option($('nguon'), v.id, versionLabel(v));
      option($('dich'), v.id, versionLabel(v));
    });
    // Usual case: the newest version as the target, the newest older version with running nominations as the source.
    var older = p.versions.slice(1).filter(function (v) { return v.running > 0; })[0] || p.versions[1];
    if (older) $('nguon').value = older.id;
    if (p.versions[0]) $('dich').value = p.versions[0].id;
  }
  function loadProcesses() {
    return request('GET', URL + '/processes').then(function (list) {
      state.processes = list;
      var select = clear($('quy-trinh'));
      list.forEach(function (p) { option(select, p.key, (p.name || p.key) + ' (' + p.key + ', ' + p.versions.length + ' phiên bản)'); });
      if (list.some(function (p) { return p.key === 'nomination'; })) select.value = 'nomination';
      fillVersions();
    }).catch(fail);
  }

  // ---- preview ----------------------------------------------------------------------------------------------------
  function planBody() {
    return { sourceDefinitionId: $('nguon').value, targetDefinitionId: $('dich').value,
      mappings: state.mappings.map(function (m) { return { source: m.source, target: m.target }; }) };
  }
  function preview() {
    message(null);
    $('nut-xem-truoc').disabled = true;
    return request('POST', URL + '/preview', planBody()).then(function (p) {
      state.preview = p;
      render(p);
    }).catch(function (e) {
      fail(e);
    }).then(function () { $('nut-xem-truoc').disabled = false; });
  }
  function stepCell(row, name, id) {
    var td = cell(row, name);
    if (id && id !== name) { var s = document.createElement('span'); s.className = 'ma'; text(s, ' ' + id); td.appendChild(s); }
    return td;
  }
  function render(p) {
    ['khoi-ke-hoach', 'khoi-anh-xa', 'khoi-ho-so'].forEach(function (id) { $(id).hidden = false; });
    var plan = clear($('ke-hoach'));
    p.instructions.forEach(function (i) {
      var row = document.createElement('tr');
      stepCell(row, i.sourceName, i.source);
      cell(row, '→');
      stepCell(row, i.targetName, i.target);
      cell(row, i.explicit ? 'Quản trị viên ánh xạ' : 'Cùng mã, tự động');
      plan.appendChild(row);
    });
    bangTrong(plan, 'Không có bước nào được chuyển.');
    var unmapped = clear($('chua-anh-xa'));
    p.unmappedSource.forEach(function (s) {
      var row = document.createElement('tr');
      if (s.waiting > 0) row.className = 'chua-anh-xa';
      stepCell(row, s.name, s.id);
      cell(row, s.kind);
      cell(row, s.waiting > 0 ? s.waiting + ' hồ sơ — cần ánh xạ' : '0');
      unmapped.appendChild(row);
    });
    if (!p.unmappedSource.length) cell(unmapped.appendChild(document.createElement('tr')), 'Không có: mọi bước đều được ánh xạ.');
    var added = clear($('buoc-moi'));
    p.newInTarget.forEach(function (s) {
      var row = document.createElement('tr');
      stepCell(row, s.name, s.id);
      cell(row, s.kind);
      added.appendChild(row);
    });
    if (!p.newInTarget.length) cell(added.appendChild(document.createElement('tr')), 'Không có.');
    // Mapping choices: unmapped source steps (and any step, for a redirect), target steps of the new version.
    var from = clear($('ax-nguon'));
    p.unmappedSource.forEach(function (s) { option(from, s.id, s.name + ' (' + s.id + ')' + (s.waiting ? ' — ' + s.waiting + ' hồ sơ' : '')); });
    var to = clear($('ax-dich'));
    p.targetSteps.forEach(function (s) { option(to, s.id, s.name + ' (' + s.id + ')'); });
    renderMappings();
    text($('tom-tat'), p.running + ' hồ sơ đang chạy ở phiên bản ' + p.source.version + ': ' + p.movable + ' chuyển được sang phiên bản '
      + p.target.version + ', ' + p.blocked + ' không chuyển được.');
    var groups = clear($('nhom-ho-so'));
    p.waiting.forEach(function (g) { groups.appendChild(group(g)); });
  }
  function group(g) {
    var box = document.createElement('div');
    box.className = 'nhom';
    var h = document.createElement('h3');
    text(h, (g.activityName || '(không xác định)') + ' — ' + g.count + ' hồ sơ, ' + g.movable + ' chuyển được'
      + (g.targetId ? ' → «' + g.targetName + '»' : ' — bước này chưa được ánh xạ'));
    box.appendChild(h);
    var table = document.createElement('table');
    table.className = 'bang';
    var head = table.appendChild(document.createElement('thead')).appendChild(document.createElement('tr'));
    ['', 'Mã hồ sơ', 'Đối tượng được đề nghị', 'Đơn vị', 'Hình thức', 'Chuyển được?', 'Lý do'].forEach(function (t) {
      var th = document.createElement('th'); text(th, t); head.appendChild(th);
    });
    var body = table.appendChild(document.createElement('tbody'));
    g.nominations.forEach(function (n) {
      var row = document.createElement('tr');
      if (!n.movable) row.className = 'khong-chuyen';
      var pick = cell(row, '');
      var box2 = document.createElement('input');
      box2.type = 'checkbox';
      box2.value = n.processInstanceId;
      box2.disabled = !n.movable;
      box2.setAttribute('aria-label', 'Chọn ' + (n.code || n.processInstanceId));
      box2.className = 'chon-ho-so';
      pick.appendChild(box2);
      var code = cell(row, '');
      if (n.code && n.nomineeName) {
        var a = document.createElement('a');
        a.href = '/ho-so.html?code=' + encodeURIComponent(n.code);
        a.target = '_blank';
        a.rel = 'noopener';
        text(a, n.code);
        code.appendChild(a);
      } else {
        text(code, n.code || n.processInstanceId);
      }
      cell(row, n.nomineeName);
      cell(row, n.unitName || n.unitCode);
      cell(row, n.awardKindName);
      cell(row, n.movable ? 'Chuyển được' : 'Không', n.movable ? 'chuyen-duoc' : 'khong-chuyen');
      cell(row, (n.reasons || []).join('; '), 'ly-do');
      body.appendChild(row);
    });
    box.appendChild(table);
    return box;
  }
  function renderMappings() {
    var body = clear($('anh-xa'));
    $('anh-xa-trong').hidden = state.mappings.length > 0;
    state.mappings.forEach(function (m, i) {
      var row = document.createElement('tr');
      cell(row, m.source);
      cell(row, m.target);
      var td = cell(row, '');
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'nut-phu';
      text(b, 'Bỏ');
      b.addEventListener('click', function () { state.mappings.splice(i, 1); preview(); });
      td.appendChild(b);
      body.appendChild(row);
    });
  }

  // ---- migration --------------------------------------------------------------------------------------------------
  function selected() {
    return Array.prototype.slice.call(document.querySelectorAll('input.chon-ho-so:checked')).map(function (c) { return c.value; })
      .filter(function (v, i, all) { return all.indexOf(v) === i; });
  }
  function migrate(all) {
    var body = planBody();
    if (all) {
      body.all = true;
    } else {
      body.processInstanceIds = selected();
      if (!body.processInstanceIds.length) { message('Chưa chọn hồ sơ nào.'); return; }
    }
    var p = state.preview;
    var count = all ? p.movable : body.processInstanceIds.length;
    if (!window.confirm('Chuyển ' + count + ' hồ sơ từ phiên bản ' + p.source.version + ' sang phiên bản ' + p.target.version + '?')) return;
    $('nut-chuyen-chon').disabled = true;
    $('nut-chuyen-tat-ca').disabled = true;
    request('POST', URL, body).then(function (outcome) {
      showOutcome(outcome);
      if (outcome.batchId) follow(outcome.batchId); else preview();
    }).catch(fail).then(function () {
      $('nut-chuyen-chon').disabled = false;
      $('nut-chuyen-tat-ca').disabled = false;
    });
  }
  function showOutcome(o) {
    $('khoi-ket-qua').hidden = false;
    text($('kq-tom-tat'), o.mode === 'BATCH'
      ? 'Đã giao ' + o.moved.length + ' hồ sơ cho lô chạy nền; ' + o.refused.length + ' hồ sơ không chuyển được.'
      : 'Đã chuyển ' + o.moved.length + ' trên ' + o.requested + ' hồ sơ; ' + o.refused.length + ' hồ sơ không chuyển được.');
    message(o.refused.length ? null : 'Đã chuyển xong.', true);
    var body = clear($('kq-bang'));
    o.moved.forEach(function (m) {
      var row = document.createElement('tr');
      cell(row, m.code || m.processInstanceId);
      cell(row, o.mode === 'BATCH' ? 'Đang chuyển (lô chạy nền)' : 'Đã chuyển', 'chuyen-duoc');
      cell(row, '');
      body.appendChild(row);
    });
    bangTrong(body, 'Không có hồ sơ nào được chuyển.');
    o.refused.forEach(function (r) {
      var row = document.createElement('tr');
      row.className = 'khong-chuyen';
      cell(row, r.code || r.processInstanceId);
      cell(row, 'Không chuyển', 'khong-chuyen');
      cell(row, r.reasons.join('; '), 'ly-do');
      body.appendChild(row);
    });
    $('kq-lo').hidden = !o.batchId;
    if (o.batchId) text($('kq-lo-ma'), o.batchId);
    if (o.progress) progress(o.progress);
  }
  function progress(p) {
    var done = p.total ? Math.round(100 * p.completed / p.total) : 100;
    $('kq-lo-thanh').value = done;
    text($('kq-lo-tien-do'), p.done ? 'đã xong (' + p.total + ' việc)' : p.completed + '/' + p.total + ' việc xong, ' + p.failed + ' lỗi, còn '
      + p.remaining + ' (' + done + '%)');
    var ul = clear($('kq-lo-loi'));
    (p.failures || []).forEach(function (f) { var li = document.createElement('li'); text(li, f); ul.appendChild(li); });
  }
  function follow(batchId) {
    if (state.timer) window.clearTimeout(state.timer);
    request('GET', URL + '/batches/' + encodeURIComponent(batchId)).then(function (p) {
      progress(p);
      if (p.done) { preview(); return; }
      state.timer = window.setTimeout(function () { follow(batchId); }, 2000);
    }).catch(fail);
  }

  // ---- events -----------------------------------------------------------------------------------------------------
  $('quy-trinh').addEventListener('change', function () { state.mappings = []; fillVersions(); });
  $('nguon').addEventListener('change', function () { state.mappings = []; });
  $('dich').addEventListener('change', function () { state.mappings = []; });
  $('form-chon').addEventListener('submit', function (e) { e.preventDefault(); preview(); });
  $('form-anh-xa').addEventListener('submit', function (e) {
    e.preventDefault();
    var source = $('ax-nguon').value;
    var target = $('ax-dich').value;
    if (!source || !target) { message('Chọn cả bước nguồn và bước đích.'); return; }
    state.mappings = state.mappings.filter(function (m) { return m.source !== source; }).concat([{ source: source, target: target }]);
    preview();
  });
  $('nut-chuyen-chon').addEventListener('click', function () { migrate(false); });
  $('nut-chuyen-tat-ca').addEventListener('click', function () { migrate(true); });
  loadProcesses();
}());
