/*
 * Dates day first (dd/mm/yyyy) whatever the computer's language (issue 17): Chromium draws <input type="date"> in the
 * operating system's locale (mm/dd/yyyy on an English Windows), which a commune official misreads. Every date input
 * of the page becomes a text input typed and shown as dd/mm/yyyy, with a small Vietnamese calendar to pick from;
 * its value, as the page's script reads and writes it, stays yyyy-mm-dd, so the API's contract does not change.
 * Text that is not a date is kept as typed (the field says why, and the server refuses it with its own message).
 */
(function () {
  'use strict';
  var native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  var MONTHS = ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'];
  var DAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
  var HINT = 'Nhập ngày dạng ngày/tháng/năm, ví dụ 07/12/2026.';

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** "7/12/2026" or "2026-12-07" → "2026-12-07"; "" → ""; anything else → null. */
  function toIso(text) {
    var t = (text || '').trim();
    if (!t) return '';
    var m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    var y, mo, d;
    if (m) { d = +m[1]; mo = +m[2]; y = +m[3]; } else {
      m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
      if (!m) return null;
      y = +m[1]; mo = +m[2]; d = +m[3];
    }
    var day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null; // 31/02/2026
    return y + '-' + pad(mo) + '-' + pad(d);
  }

  function toShown(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : (iso || '');
  }

  function check(input) {
    var typed = native.get.call(input);
    input.setCustomValidity(typed.trim() && toIso(typed) === null ? HINT : '');
  }

  var open = null;
  function close() {
    if (open) { open.remove(); open = null; }
  }

  /**
   * The calendar under a text input that holds a date as dd/mm/yyyy (ours, or a Tasklist form's): a pick writes the
   * day as shown and tells the page (input, change), as typing would.
   */
  function calendar(input) {
    close();
    function pick(iso) {
      close();
      native.set.call(input, toShown(iso));
      check(input);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    var iso = toIso(native.get.call(input));
    var shown = iso ? new Date(iso + 'T00:00:00') : new Date();
    var year = shown.getFullYear();
    var month = shown.getMonth();
    var box = document.createElement('div');
    box.className = 'lich';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Chọn ngày');
    Object.assign(box.style, { position: 'absolute', zIndex: 1000, background: '#fff', border: '1px solid #9aa5b1', borderRadius: '4px',
      padding: '6px', boxShadow: '0 2px 8px rgba(0,0,0,.2)', font: '14px sans-serif' });
    var rect = input.getBoundingClientRect();
    box.style.left = (rect.left + window.scrollX) + 'px';
    box.style.top = (rect.bottom + window.scrollY + 2) + 'px';
    box.addEventListener('mousedown', function (e) { e.preventDefault(); });

    function button(label, title, onClick) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      if (title) b.title = title;
      b.addEventListener('click', onClick);
      Object.assign(b.style, { border: '0', background: 'none', cursor: 'pointer', padding: '2px 6px' });
      return b;
    }

    function draw() {
      box.textContent = '';
      var head = document.createElement('div');
      Object.assign(head.style, { display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: '4px' });
      head.appendChild(button('‹', 'Tháng trước', function () { month--; if (month < 0) { month = 11; year--; } draw(); }));
      var title = document.createElement('strong');
      title.textContent = MONTHS[month] + ' năm ' + year;
      head.appendChild(title);
      head.appendChild(button('›', 'Tháng sau', function () { month++; if (month > 11) { month = 0; year++; } draw(); }));
      box.appendChild(head);
      var grid = document.createElement('table');
      var row = grid.insertRow();
      DAYS.forEach(function (d) { var th = document.createElement('th'); th.textContent = d; th.style.padding = '2px 4px'; row.appendChild(th); });
      var first = (new Date(year, month, 1).getDay() + 6) % 7; // Monday first
      var days = new Date(year, month + 1, 0).getDate();
      row = grid.insertRow();
      for (var i = 0; i < first; i++) row.insertCell();
      for (var d = 1; d <= days; d++) {
        if ((first + d - 1) % 7 === 0 && d > 1) row = grid.insertRow();
        var value = year + '-' + pad(month + 1) + '-' + pad(d);
        var b = button(String(d), null, (function (v) { return function () { pick(v); }; })(value));
        if (value === iso) { b.style.background = '#2f80ed'; b.style.color = '#fff'; b.style.borderRadius = '3px'; }
        row.insertCell().appendChild(b);
      }
      box.appendChild(grid);
      box.appendChild(button('Hôm nay', null, function () {
        var now = new Date();
        pick(now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate()));
      }));
    }
    draw();
    document.body.appendChild(box);
    open = box;
  }

  function upgrade(input) {
    var start = native.get.call(input);
    input.type = 'text';
    input.inputMode = 'numeric';
    input.maxLength = 10;
    input.autocomplete = 'off';
    if (!input.placeholder) input.placeholder = 'ngày/tháng/năm';
    input.title = HINT;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: function () {
        var typed = native.get.call(input);
        var iso = toIso(typed);
        return iso === null ? typed.trim() : iso;
      },
      set: function (v) {
        native.set.call(input, toShown(v == null ? '' : String(v)));
        check(input);
      }
    });
    input.value = start;
    // Typing is the other way in: the calendar gives way to it.
    input.addEventListener('input', function (e) { check(input); if (e.isTrusted) close(); });
    input.addEventListener('blur', function () {
      var iso = toIso(native.get.call(input));
      if (iso) native.set.call(input, toShown(iso));
      close();
    });
    input.addEventListener('focus', function () { if (!input.disabled && !input.readOnly) calendar(input); });
    input.addEventListener('keydown', function (e) { if (e.key === 'Escape') close(); });
  }

  function all() {
    document.querySelectorAll('input[type="date"]').forEach(upgrade);
  }
  /** For a text input that is not upgraded (a Tasklist form keeps its own value): the calendar on focus. */
  function attach(input) {
    input.addEventListener('focus', function () { if (!input.disabled && !input.readOnly) calendar(input); });
    input.addEventListener('blur', close);
    input.addEventListener('input', function (e) { if (e.isTrusted) close(); });
    input.addEventListener('keydown', function (e) { if (e.key === 'Escape') close(); });
  }

  window.ngay = { toIso: toIso, toShown: toShown, attach: attach };
  // Loaded just before the page's own script, at the end of the body: its inputs are there already. In Camunda's apps
  // (Tasklist loads this file for its forms' date fields) nothing is upgraded: a form attaches its fields itself.
  if (!document.querySelector('base[app-name]')) {
    all();
  }
})();
