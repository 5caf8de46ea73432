'use strict';
// Read-only view of an emulation block's year and its pact (GET /api/emulation-blocks). Text only: no markup from data.
(function () {
  const $ = (id) => document.getElementById(id);
  const so = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function minhHoa(td) {
    const mark = document.createElement('span');
    mark.className = 'minh-hoa';
    mark.textContent = 'minh hoạ';
    td.appendChild(mark);
  }

  function number(value) {
    return value == null ? '' : so.format(value);
  }

  function date(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-');
    return d + '/' + m + '/' + y;
  }

  function error(message) {
    $('thong-bao').textContent = message;
    $('thong-bao').hidden = false;
    $('dang-tai').hidden = true;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      let detail = 'Không tải được dữ liệu (HTTP ' + response.status + ').';
      try { detail = (await response.json()).detail || detail; } catch (e) { /* not a problem detail */ }
      throw new Error(detail);
    }
    return response.json();
  }

  function show(p) {
    $('ten-khoi').textContent = p.name;
    $('nam').textContent = p.year;
    $('hieu-luc').textContent = date(p.effectiveDate);
    const head = p.members.find((m) => m.head);
    $('truong-khoi').textContent = head ? head.name : p.headUnit;
    $('tong-trong-so').textContent = number(p.totalWeight);
    const weightsIllustrative = p.indicators.some((i) => i.minhHoa);
    if (weightsIllustrative) minhHoa($('tong-trong-so'));

    const members = $('thanh-vien');
    members.replaceChildren();
    p.members.forEach((m) => {
      const tr = document.createElement('tr');
      cell(tr, m.code);
      cell(tr, m.name);
      cell(tr, m.tierLabel);
      cell(tr, m.head ? 'Trưởng khối' : 'Thành viên');
      members.appendChild(tr);
    });
    bangTrong(members, 'Không có đơn vị thành viên nào.');

    const indicators = $('chi-tieu');
    indicators.replaceChildren();
    p.indicators.forEach((i) => {
      const tr = document.createElement('tr');
      // The indicator's code is how the block's results and the API name it: an identifier, shown as one.
      const code = document.createElement('code');
      code.textContent = i.code;
      cell(tr, '').appendChild(code);
      cell(tr, i.name);
      cell(tr, i.unitOfMeasure);
      cell(tr, i.scoringLabel);
      cell(tr, number(i.capPercent), 'so');
      cell(tr, number(i.weight), 'so');
      cell(tr, number(i.bonusPoints), 'so');
      cell(tr, number(i.penaltyPoints), 'so');
      const note = cell(tr, '');
      if (i.minhHoa) {
        note.textContent = 'Trọng số, mức trần, điểm thưởng/trừ:';
        minhHoa(note);
      }
      indicators.appendChild(tr);
    });
    bangTrong(indicators, 'Không có chỉ tiêu nào.');

    const headRow = $('dau-ke-hoach');
    headRow.replaceChildren();
    const first = document.createElement('th');
    first.textContent = 'Thành viên';
    headRow.appendChild(first);
    p.indicators.forEach((i) => {
      const th = document.createElement('th');
      th.textContent = i.name + ' (' + i.unitOfMeasure + ')';
      headRow.appendChild(th);
    });
    const plans = $('ke-hoach');
    plans.replaceChildren();
    p.members.forEach((m) => {
      const tr = document.createElement('tr');
      cell(tr, m.name);
      p.indicators.forEach((i) => {
        const t = p.targets.find((x) => x.unitCode === m.code && x.indicatorCode === i.code);
        const td = cell(tr, t == null ? '' : (i.scoring === 'YES_NO' ? (Number(t.value) === 1 ? 'Có' : 'Không') : number(t.value)), 'so');
        if (t && t.minhHoa) minhHoa(td);
      });
      plans.appendChild(tr);
    });
    bangTrong(plans, 'Không có kế hoạch nào.');
    $('dang-tai').hidden = true;
    $('noi-dung').hidden = false;
  }

  async function load(key) {
    $('thong-bao').hidden = true;
    const [code, year] = key.split('/');
    try {
      show(await getJson('/api/emulation-blocks/' + encodeURIComponent(code) + '/' + encodeURIComponent(year)));
      history.replaceState(null, '', '?khoi=' + encodeURIComponent(code) + '&nam=' + encodeURIComponent(year));
    } catch (e) {
      error(e.message);
    }
  }

  async function start() {
    try {
      const blocks = await getJson('/api/emulation-blocks');
      const select = $('khoi');
      blocks.forEach((b) => {
        const option = document.createElement('option');
        option.value = b.blockCode + '/' + b.year;
        option.textContent = b.year + ' — ' + b.name + (b.pactDefined ? '' : ' (chưa có giao ước)');
        select.appendChild(option);
      });
      if (blocks.length === 0) {
        error('Chưa có khối thi đua nào.');
        return;
      }
      const params = new URLSearchParams(location.search);
      const wanted = params.get('khoi') && params.get('nam') ? params.get('khoi') + '/' + params.get('nam') : null;
      if (wanted && blocks.some((b) => b.blockCode + '/' + b.year === wanted)) select.value = wanted;
      select.addEventListener('change', () => load(select.value));
      load(select.value);
    } catch (e) {
      error(e.message);
    }
  }

  start();
}());
