/*
 * The user guide of docs/huong-dan/ read in the app (the build copies it to /huong-dan/): one Markdown page, named by
 * ?trang= (default README), turned into HTML here. Only what the guide uses is understood: headings, paragraphs,
 * lists, tables, pictures, links, bold, code, quotes. Everything is built as DOM nodes (no innerHTML): the text stays text.
 */
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var page = new URLSearchParams(location.search).get('trang') || 'README';
  if (!/^[a-z0-9-]+$/i.test(page)) page = 'README';

  /** Inline Markdown: ![alt](src), [text](href), **bold**, `code`. */
  function inline(parent, text) {
    var pattern = /!\[([^\]]*)\]\(([^)\s]+)\)|\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|`([^`]+)`/g;
    var last = 0;
    var m;
    while ((m = pattern.exec(text)) !== null) {
      if (m.index > last) parent.appendChild(document.createTextNode(text.substring(last, m.index)));
      if (m[2] !== undefined) {
        var img = document.createElement('img');
        img.alt = m[1];
        img.src = m[2].indexOf('/') === 0 || m[2].indexOf('http') === 0 ? m[2] : '/huong-dan/' + m[2];
        img.loading = 'lazy';
        parent.appendChild(img);
      } else if (m[4] !== undefined) {
        var a = document.createElement('a');
        var href = m[4];
        var md = /^([a-z0-9-]+)\.md(#.*)?$/i.exec(href);
        if (href.indexOf('../') === 0) {
          // A document of the project's docs/ folder, not served by the app: its name only.
          inline(parent, m[3]);
        } else {
          a.href = md ? '/huong-dan.html?trang=' + md[1] + (md[2] || '') : href;
          inline(a, m[3]);
          parent.appendChild(a);
        }
      } else if (m[5] !== undefined) {
        var b = document.createElement('strong');
        b.textContent = m[5];
        parent.appendChild(b);
      } else {
        var c = document.createElement('code');
        c.textContent = m[6];
        parent.appendChild(c);
      }
      last = pattern.lastIndex;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.substring(last)));
  }

  function render(markdown) {
    var root = $('noi-dung');
    root.textContent = '';
    var list = null;
    var paragraph = null;
    var table = null;
    markdown.split(/\r?\n/).forEach(function (line) {
      if (/^\|/.test(line)) {
        // A table: | a | b |, the second line | --- | --- | only separates the header.
        list = null; paragraph = null;
        if (/^\|[\s|:-]+\|$/.test(line)) return;
        var header = !table;
        if (!table) { table = document.createElement('table'); table.className = 'bang'; root.appendChild(table); }
        var tr = document.createElement('tr');
        line.replace(/^\||\|$/g, '').split('|').forEach(function (c) {
          var td = document.createElement(header ? 'th' : 'td');
          inline(td, c.trim());
          tr.appendChild(td);
        });
        table.appendChild(tr);
        return;
      }
      table = null;
      var heading = /^(#{1,4})\s+(.*)$/.exec(line);
      var item = /^\s*(?:[-*]|(\d+)\.)\s+(.*)$/.exec(line);
      var quote = /^>\s?(.*)$/.exec(line);
      if (!line.trim()) { list = null; paragraph = null; return; }
      if (heading) {
        list = null; paragraph = null;
        var h = document.createElement('h' + heading[1].length);
        inline(h, heading[2]);
        root.appendChild(h);
      } else if (item) {
        paragraph = null;
        var kind = item[1] ? 'OL' : 'UL';
        if (!list || list.tagName !== kind) { list = document.createElement(kind); root.appendChild(list); }
        var li = document.createElement('li');
        inline(li, item[2]);
        list.appendChild(li);
      } else if (quote) {
        list = null; paragraph = null;
        var q = document.createElement('blockquote');
        inline(q, quote[1]);
        root.appendChild(q);
      } else if (list && /^\s+/.test(line)) {
        // A continued list item (indented): a picture or more words of the same step.
        var lastItem = list.lastElementChild;
        lastItem.appendChild(document.createTextNode(' '));
        inline(lastItem, line.trim());
      } else {
        list = null;
        if (!paragraph) { paragraph = document.createElement('p'); root.appendChild(paragraph); } else { paragraph.appendChild(document.createTextNode(' ')); }
        inline(paragraph, line.trim());
      }
    });
    var title = root.querySelector('h1');
    if (title) document.title = title.textContent + ' — Hướng dẫn sử dụng';
  }

  fetch('/huong-dan/' + page + '.md', { credentials: 'same-origin' })
    .then(function (r) {
      if (!r.ok) throw new Error('Không tìm thấy trang hướng dẫn này.');
      return r.text();
    })
    .then(render)
    .catch(function (e) { var m = $('thong-bao'); m.textContent = e.message; m.hidden = false; });
})();
