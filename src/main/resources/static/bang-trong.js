/*
 * A table with nothing to show says so in words (issue 17): a page calls bangTrong(tbody, 'Không có …') once it has
 * filled a table; when the body holds no row, one row across all the columns says what is missing. Called after the
 * answer arrived, never before, so that a slow answer does not read as "nothing".
 */
function bangTrong(body, text) {
  if (!body || body.rows.length) {
    return body;
  }
  var table = body.closest('table');
  var head = table && table.tHead && table.tHead.rows[0];
  var columns = head ? Array.prototype.reduce.call(head.cells, function (n, c) { return n + (c.colSpan || 1); }, 0) : 1;
  var row = body.insertRow();
  row.className = 'bang-trong';
  var cell = row.insertCell();
  cell.colSpan = columns;
  cell.textContent = text;
  cell.style.fontStyle = 'italic';
  cell.style.color = '#52606d';
  return body;
}
