'use strict';
// The report page (GET /api/reports…): filters, totals, the year's award summary with its paragraph, tables per unit,
// award kind, year and step, and two charts drawn with Apache ECharts. Text only: no markup from data.
// A further section (e.g. a block's ranking) is one more entry in SECTIONS and one more <section> in bao-cao.html.
(function () {
  const $ = (id) => document.getElementById(id);
  const so = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  const FILTERS = ['nam', 'khoi', 'don-vi', 'phong-trao', 'hinh-thuc', 'doi-tuong'];
  const charts = {};

  function number(value) {
    return value == null ? '' : so.format(value);
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    row.appendChild(td);
  }

  function option(select, value, text) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
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

  function query() {
    const params = new URLSearchParams();
    FILTERS.forEach((id) => {
      const select = $(id);
      if (select.value) params.set(select.name, select.value);
    });
    return params;
  }

  function figureRow(body, label, f) {
    const row = document.createElement('tr');
    cell(row, label);
    [f.nominations, f.inProgress, f.rejections, f.awards, f.rewardAmount].forEach((v) => cell(row, number(v), 'so'));
    body.appendChild(row);
  }

  function showTotals(r) {
    $('pham-vi').textContent = r.scope + (r.filter.year ? ' — năm ' + r.filter.year : ' — mọi năm');
    const dl = $('tong');
    dl.replaceChildren();
    [['Hồ sơ đề nghị', r.totals.nominations], ['Đang xử lý', r.totals.inProgress], ['Không được khen thưởng', r.totals.rejections],
      ['Khen thưởng', r.totals.awards], ['Tiền thưởng (đồng)', r.totals.rewardAmount]].forEach(([label, value]) => {
      const box = document.createElement('div');
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = number(value);
      box.append(dt, dd);
      dl.appendChild(box);
    });
  }

  function chart(id, options) {
    if (typeof echarts === 'undefined') return; // the tables still show the figures
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
    charts[id].setOption(options, true);
  }

  function bars(categories, series, rotate) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: rotate ? 90 : 40 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: rotate ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => Object.assign({ barMaxWidth: 48 }, s))
    };
  }

  function showUnits(r) {
    const body = $('bang-don-vi');
    body.replaceChildren();
    r.units.forEach((u) => figureRow(body, u.unitName, u.figures));
    chart('bieu-do-don-vi', bars(r.units.map((u) => u.unitName), [
      { name: 'Hồ sơ đề nghị', type: 'bar', data: r.units.map((u) => u.figures.nominations) },
      { name: 'Khen thưởng', type: 'bar', data: r.units.map((u) => u.figures.awards) },
      { name: 'Không được khen thưởng', type: 'bar', data: r.units.map((u) => u.figures.rejections) }
    ], r.units.length > 5));
  }

  function showAwardKinds(r) {
    const body = $('bang-hinh-thuc');
    body.replaceChildren();
    r.awardKinds.forEach((k) => figureRow(body, k.awardKindName, k.figures));
  }

  function showTrend(r) {
    const body = $('bang-nam');
    body.replaceChildren();
    r.trend.forEach((y) => figureRow(body, y.year, y.figures));
    const options = bars(r.trend.map((y) => String(y.year)), [
      { name: 'Hồ sơ đề nghị', type: 'bar', data: r.trend.map((y) => y.figures.nominations) },
      { name: 'Khen thưởng', type: 'bar', data: r.trend.map((y) => y.figures.awards) },
      { name: 'Tiền thưởng (triệu đồng)', type: 'line', yAxisIndex: 1, data: r.trend.map((y) => Math.round(y.figures.rewardAmount / 100000) / 10) }
    ], false);
    options.yAxis = [{ type: 'value', minInterval: 1 }, { type: 'value', name: 'triệu đồng' }];
    options.grid.right = 70;
    chart('bieu-do-nam', options);
  }

  function showSteps(r) {
    $('dang-tai-buoc').hidden = true;
    const body = $('bang-buoc');
    body.replaceChildren();
    r.steps.forEach((s) => {
      const row = document.createElement('tr');
      cell(row, s.stepName);
      cell(row, number(s.completed), 'so');
      cell(row, s.averageWorkingDays == null ? '—' : number(s.averageWorkingDays), 'so');
      cell(row, number(s.overdue), 'so');
      body.appendChild(row);
    });
  }

  function showSummary(s) {
    $('doan-van').textContent = s.paragraph || 'Chưa có khen thưởng nào trong năm theo điều kiện đã chọn.';
    const body = $('bang-tong-hop');
    body.replaceChildren();
    s.lines.forEach((l) => {
      const row = document.createElement('tr');
      cell(row, l.unitName);
      cell(row, l.awardKindName);
      cell(row, l.givenBy);
      cell(row, l.nomineeKindLabel);
      cell(row, number(l.awards), 'so');
      body.appendChild(row);
    });
  }

  // The block's ranking (GET /api/reports/ranking): only with a year and a block; a year not yet scored says so.
  function showRanking(r) {
    $('muc-xep-hang').hidden = false;
    $('tieu-de-xep-hang').textContent = 'Xếp hạng ' + r.blockName + ' năm ' + r.year;
    $('ghi-chu-xep-hang').textContent = r.note || '';
    const head = $('dau-xep-hang');
    head.replaceChildren();
    const th = (text, className) => {
      const cellHead = document.createElement('th');
      cellHead.textContent = text;
      if (className) cellHead.className = className;
      head.appendChild(cellHead);
    };
    th('Hạng');
    th('Đơn vị');
    r.indicators.forEach((c) => th(c.name + ' (trọng số ' + number(c.weight) + ')', 'so'));
    th('Tổng điểm', 'so');
    const body = $('bang-xep-hang');
    body.replaceChildren();
    const points = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    r.rows.forEach((m) => {
      const row = document.createElement('tr');
      cell(row, m.rank + (m.tied ? ' (đồng hạng)' : ''));
      cell(row, m.unitName);
      m.points.forEach((v) => cell(row, v == null ? '—' : points.format(v), 'so'));
      cell(row, points.format(m.total), 'so');
      body.appendChild(row);
    });
    $('bieu-do-xep-hang').hidden = !r.scored;
    if (r.scored) {
      chart('bieu-do-xep-hang', bars(r.rows.map((m) => m.unitName), [
        { name: 'Tổng điểm', type: 'bar', data: r.rows.map((m) => m.total) }
      ], r.rows.length > 5));
    }
  }

  const SECTIONS = [showTotals, showUnits, showAwardKinds, showTrend];

  async function load() {
    const params = query();
    $('thong-bao').hidden = true;
    $('dang-tai').hidden = false;
    document.querySelectorAll('a.tai').forEach((a) => { a.href = '/api/reports/' + a.dataset.bang + '.xlsx?' + params; });
    $('muc-tong-hop').hidden = !params.get('year');
    // The step table is the heavier query: asked for at the same time, shown when it comes.
    $('bang-buoc').replaceChildren();
    $('dang-tai-buoc').hidden = false;
    const steps = getJson('/api/reports/steps?' + params);
    steps.catch(() => { /* reported where it is awaited */ });
    try {
      const [report, summary] = await Promise.all([
        getJson('/api/reports?' + params),
        params.get('year') ? getJson('/api/reports/award-summary?' + params) : Promise.resolve(null)
      ]);
      $('noi-dung').hidden = false;
      SECTIONS.forEach((show) => show(report));
      if (summary) showSummary(summary);
      if (params.get('year') && params.get('block')) {
        showRanking(await getJson('/api/reports/ranking?year=' + encodeURIComponent(params.get('year'))
          + '&block=' + encodeURIComponent(params.get('block'))));
      } else {
        $('muc-xep-hang').hidden = true;
      }
      $('dang-tai').hidden = true;
      history.replaceState(null, '', '?' + params);
      Object.values(charts).forEach((c) => c.resize());
      showSteps(await steps);
    } catch (e) {
      error(e.message);
    }
  }

  async function start() {
    try {
      const o = await getJson('/api/reports/options');
      option($('nam'), '', 'Mọi năm');
      o.years.forEach((y) => option($('nam'), String(y), String(y)));
      o.blocks.forEach((b) => option($('khoi'), b.code, b.name));
      o.units.slice(1).forEach((u) => option($('don-vi'), u.code, u.name));
      o.movements.forEach((m) => option($('phong-trao'), m.code, m.name));
      o.awardKinds.forEach((k) => option($('hinh-thuc'), k.code, k.name));
      const wanted = new URLSearchParams(location.search);
      FILTERS.forEach((id) => {
        const select = $(id);
        if (wanted.has(select.name)) select.value = wanted.get(select.name);
      });
      if (!wanted.has('year')) $('nam').value = String(o.defaultYear);
    } catch (e) {
      error(e.message);
      return;
    }
    $('loc').addEventListener('submit', (event) => {
      event.preventDefault();
      load();
    });
    window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
    load();
  }

  start();
}());
