// The dossier page: reads /api/nominations/{code} and, when allowed, uploads documents to it.
// Same origin and session as Tasklist; POSTs carry the CSRF token of our KT-XSRF-TOKEN cookie (XSRF-TOKEN belongs to the Camunda webapps).
(function () {
  'use strict';

  var code = new URLSearchParams(window.location.search).get('code');
  var inFrame = window.self !== window.top;
  if (inFrame) document.body.classList.add('trong-khung');

  var $ = function (id) { return document.getElementById(id); };

  var GENDER = { MALE: 'Nam', FEMALE: 'Nữ' };

  function text(el, value) { el.textContent = value == null || value === '' ? '—' : String(value); }

  function time(value) {
    if (!value) return '—';
    var d = new Date(value);
    if (isNaN(d)) return value;
    // dd/MM/yyyy HH:mm, as officials write it (toLocaleString gave "11:24:00 6/12/2026").
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }

  function date(value) {
    if (!value) return '';
    var p = String(value).split('-');
    return p.length === 3 ? p[2] + '/' + p[1] + '/' + p[0] : value;
  }

  function size(bytes) {
    if (bytes >= 1024 * 1024) return (bytes / 1024 / 1024).toFixed(1).replace('.', ',') + ' MB';
    return Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function cookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }

  /** Turns a problem detail (or any failed response) into a Vietnamese message element. */
  function showError(box, problem, status) {
    box.className = 'thong-bao';
    box.hidden = false;
    box.textContent = '';
    var title = document.createElement('strong');
    title.textContent = (problem && problem.title) || messageFor(status);
    box.appendChild(title);
    if (problem && problem.detail && problem.detail !== problem.title) {
      box.appendChild(document.createTextNode(': ' + problem.detail));
    }
    if (problem && problem.errors && problem.errors.length) {
      var ul = document.createElement('ul');
      problem.errors.forEach(function (e) {
        var li = document.createElement('li');
        li.textContent = e.message;
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    resize();
  }

  function messageFor(status) {
    switch (status) {
      case 401: return 'Phiên đăng nhập đã hết, vui lòng đăng nhập lại';
      case 403: return 'Bạn không có quyền thực hiện thao tác này';
      case 404: return 'Không tìm thấy hồ sơ (hoặc bạn không có quyền xem)';
      case 413: return 'Tệp quá lớn (tối đa 10 MB)';
      case 415: return 'Loại tệp không được chấp nhận';
      case 0: return 'Không kết nối được tới máy chủ';
      default: return 'Có lỗi xảy ra (mã ' + status + ')';
    }
  }

  function readProblem(response) {
    return response.text().then(function (body) {
      try { return JSON.parse(body); } catch (e) { return null; }
    });
  }

  function resize() {
    if (!inFrame) return;
    try {
      window.parent.postMessage({ type: 'ho-so-height', height: document.documentElement.scrollHeight }, window.location.origin);
    } catch (e) { /* the parent may not listen */ }
  }

  function row(cells) {
    var tr = document.createElement('tr');
    cells.forEach(function (c) {
      var td = document.createElement('td');
      if (c instanceof Node) td.appendChild(c); else text(td, c);
      tr.appendChild(td);
    });
    return tr;
  }

  function field(dl, label, value) {
    if (value == null || value === '') return;
    var dt = document.createElement('dt');
    dt.textContent = label;
    var dd = document.createElement('dd');
    dd.textContent = String(value);
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function render(d) {
    text($('ma-ho-so'), d.code);
    document.title = 'Hồ sơ ' + d.code;
    var status = $('trang-thai');
    status.textContent = d.statusName;
    status.className = 'nhan ' + d.status;
    text($('buoc-hien-tai'), d.currentSteps.map(function (s) { return s.name; }).join(', ') || (d.status === 'IN_PROGRESS' ? '' : 'Đã kết thúc'));
    $('nhan-ly-do').hidden = $('ly-do').hidden = !d.closingReason;
    text($('ly-do'), d.closingReason);

    var dl = $('doi-tuong');
    dl.textContent = '';
    field(dl, 'Loại đối tượng', d.nomineeKindName);
    field(dl, d.nomineeKind === 'HOUSEHOLD' ? 'Tên hộ' : 'Tên đối tượng', d.nomineeName);
    field(dl, 'Năm sinh', d.nomineeBirthYear);
    field(dl, 'Giới tính', GENDER[d.nomineeGender] || d.nomineeGender);
    field(dl, 'Số căn cước công dân', d.nomineeIdNumber);
    field(dl, 'Chức vụ, đơn vị công tác', d.nomineePosition);
    field(dl, d.nomineeKind === 'HOUSEHOLD' ? 'Chủ hộ' : 'Người đứng đầu', d.headName);
    field(dl, 'Số thành viên', d.memberCount);
    field(dl, 'Mã số thuế', d.taxCode);
    field(dl, 'Địa chỉ', d.nomineeAddress);
    if (d.posthumous) {
      field(dl, 'Truy tặng', 'Có — người được đề nghị đã mất');
      field(dl, 'Thân nhân nhận thay', d.receiverName + ' (' + d.receiverRelation + ')');
    }
    field(dl, 'Danh hiệu / hình thức khen thưởng', d.awardKind && d.awardKind.name);
    field(dl, 'Loại khen thưởng', d.procedureKindName);
    field(dl, 'Phong trào thi đua', d.movement && d.movement.name);
    if (d.movement && d.movement.code) {
      // The movement's page (phong-trao.html), in a tab of its own: this page may be a frame of a Tasklist form.
      var movement = document.createElement('a');
      movement.href = '/phong-trao.html?code=' + encodeURIComponent(d.movement.code);
      movement.target = '_blank';
      movement.rel = 'noopener';
      movement.textContent = d.movement.name;
      dl.lastChild.textContent = '';
      dl.lastChild.appendChild(movement);
    }
    field(dl, 'Năm thành tích', d.year);
    field(dl, 'Đơn vị đề nghị', [d.unit, d.district, d.province].filter(Boolean).map(function (u) { return u.name; }).join(', '));
    field(dl, 'Người lập hồ sơ', d.createdByName || d.createdBy);
    field(dl, 'Ngày lập', time(d.createdAt));
    text($('thanh-tich'), d.achievements);

    $('tai-lieu-yeu-cau').textContent = d.requiredDocuments.length
      ? 'Tài liệu bắt buộc: ' + d.requiredDocuments.map(function (r) { return r.name; }).join('; ') + '.' : '';
    var docs = $('tai-lieu');
    docs.textContent = '';
    if (!d.documents.length) {
      docs.appendChild(row(['Chưa có tài liệu nào', '', '', '', '', '']));
    }
    d.documents.forEach(function (doc) {
      var a = document.createElement('a');
      a.href = doc.url;
      a.textContent = doc.fileName;
      a.title = 'SHA-256: ' + doc.sha256;
      var tr = row([doc.kindName, a, doc.version + (doc.latest ? '' : ' (bản cũ)'), size(doc.sizeBytes), doc.uploadedByName || doc.uploadedBy, time(doc.uploadedAt)]);
      if (!doc.latest) tr.className = 'cu';
      docs.appendChild(tr);
    });

    // Written ballots the council secretary recorded for the reader: the member checks what was entered for them.
    var mine = $('phieu-cua-ban');
    mine.textContent = '';
    (d.myBallots || []).forEach(function (b) {
      var li = document.createElement('li');
      li.textContent = b.message + ' (thư ký ' + b.recordedBy + ', ' + time(b.recordedAt) + ')';
      mine.appendChild(li);
    });
    $('khoi-phieu-cua-ban').hidden = !(d.myBallots && d.myBallots.length);

    var history = $('lich-su');
    history.textContent = '';
    if (!d.history.length) history.appendChild(row(['Chưa có bước nào được xử lý', '', '', '', '', '']));
    d.history.forEach(function (s) {
      history.appendChild(row([s.stepName, s.outcomeName, s.comment, date(s.deadline), s.actorName || s.actor, time(s.actedAt)]));
    });

    var form = $('tai-len');
    form.hidden = !d.canUpload;
    var select = $('loai-tai-lieu');
    if (!select.options.length) {
      d.documentKinds.forEach(function (k) {
        var o = document.createElement('option');
        o.value = k.code;
        o.textContent = k.name;
        select.appendChild(o);
      });
    }
    $('noi-dung').hidden = false;
    resize();
  }

  function load() {
    return fetch('/api/nominations/' + encodeURIComponent(code), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        $('dang-tai').hidden = true;
        if (!r.ok) return readProblem(r).then(function (p) { showError($('thong-bao'), p, r.status); });
        return r.json().then(render);
      })
      .catch(function () {
        $('dang-tai').hidden = true;
        showError($('thong-bao'), null, 0);
      });
  }

  $('tai-len').addEventListener('submit', function (event) {
    event.preventDefault();
    var box = $('ket-qua-tai-len');
    var file = $('tep').files[0];
    if (!file) {
      showError(box, { title: 'Cần chọn tệp để tải lên' }, 400);
      return;
    }
    if (file.size > 10 * 1024 * 1024) {
      showError(box, null, 413);
      return;
    }
    var data = new FormData();
    data.append('kind', $('loai-tai-lieu').value);
    data.append('file', file);
    var headers = { Accept: 'application/json' };
    var token = cookie('KT-XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = token;
    var button = $('nut-tai-len');
    button.disabled = true;
    fetch('/api/nominations/' + encodeURIComponent(code) + '/documents', { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) return readProblem(r).then(function (p) { showError(box, p, r.status); });
        return r.json().then(function (doc) {
          box.className = 'thong-bao tot';
          box.hidden = false;
          box.textContent = 'Đã tải lên “' + doc.fileName + '” (' + doc.kindName + ', phiên bản ' + doc.version + ').';
          $('tep').value = '';
          return load();
        });
      })
      .catch(function () { showError(box, null, 0); })
      .then(function () { button.disabled = false; });
  });

  if (!code) {
    $('dang-tai').hidden = true;
    showError($('thong-bao'), { title: 'Thiếu mã hồ sơ', detail: 'Địa chỉ trang cần có ?code=<mã hồ sơ>' }, 400);
  } else {
    text($('ma-ho-so'), code);
    load();
  }
})();
