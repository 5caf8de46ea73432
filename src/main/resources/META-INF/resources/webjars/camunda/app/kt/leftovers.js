/*
 * Words Camunda's screens show in English whatever the locale file says (listed in each app's customScripts):
 * the DMN viewer's labels and hit policies (dmn-js has no translation), permission names and group types shown as
 * stored, "null" for an empty value, a raw engine message. Each text node whose whole text is one of these is
 * replaced, as the screens change; nothing else is touched (not inputs, not our own forms).
 */
const WORDS = {
  'Actions': 'Thao tác',
  'Hit Policy:': 'Chính sách kết quả:',
  'Hit Policy': 'Chính sách kết quả',
  // dmn-js writes it with a small p in the decision table's header.
  'Hit policy:': 'Chính sách kết quả:',
  'Hit policy': 'Chính sách kết quả',
  'When': 'Khi',
  'And': 'Và',
  'Then': 'Thì',
  'Annotations': 'Ghi chú',
  'Annotation': 'Ghi chú',
  'Unique': 'Duy nhất',
  'Any': 'Bất kỳ',
  'Collect': 'Tập hợp',
  'Rule order': 'Theo thứ tự quy tắc',
  'Output order': 'Theo thứ tự kết quả',
  'ACCESS': 'Truy cập',
  'ALL': 'Tất cả',
  'NONE': 'Không',
  'READ': 'Xem',
  'UPDATE': 'Sửa',
  'CREATE': 'Tạo',
  'DELETE': 'Xoá',
  'READ_HISTORY': 'Xem lịch sử',
  'READ_INSTANCE': 'Xem phiên quy trình',
  'READ_TASK': 'Xem nhiệm vụ',
  'CREATE_INSTANCE': 'Tạo phiên quy trình',
  'TASK_WORK': 'Xử lý nhiệm vụ',
  'TASK_ASSIGN': 'Giao nhiệm vụ',
  'WORKFLOW': 'Nghiệp vụ',
  'SYSTEM': 'Hệ thống',
  'null': '(không có)'
};
/** Engine messages that reach the screen as they are. */
const PREFIXES = [
  ['No matching task', 'Không tìm thấy nhiệm vụ: có thể nhiệm vụ đã được người khác xử lý hoặc đã kết thúc. Hãy tải lại danh sách.']
];

/** A comma-separated list of stored names (permissions). */
const LIST = /^[A-Z_]+(\s*,\s*[A-Z_]+)+$/;

const navigatorLanguage = (navigator.languages && navigator.languages[0]) || navigator.language || '';
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE']);

function translate(node) {
  const text = node.nodeValue;
  const trimmed = text.trim();
  if (!trimmed) {
    return;
  }
  let wanted = Object.prototype.hasOwnProperty.call(WORDS, trimmed) ? WORDS[trimmed] : null;
  if (wanted === null) {
    const prefix = PREFIXES.find(([english]) => trimmed.startsWith(english));
    wanted = prefix ? prefix[1] : null;
  }
  if (wanted === null && LIST.test(trimmed)) {
    // Admin prints an authorization's permissions joined by commas ("READ, UPDATE, ACCESS"): each one, when all are known.
    const parts = trimmed.split(/\s*,\s*/);
    if (parts.every((p) => Object.prototype.hasOwnProperty.call(WORDS, p))) {
      wanted = parts.map((p) => WORDS[p]).join(', ');
    }
  }
  if (wanted !== null && wanted !== trimmed) {
    node.nodeValue = text.replace(trimmed, wanted);
  }
}

// Our embedded forms (forms/*.html, all role="form") are left alone; Camunda's own forms are not: Admin lists the
// authorizations inside its create form (createAuthForm).
function walk(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (root.parentElement && !SKIP.has(root.parentElement.tagName) && !root.parentElement.closest('form[role="form"], [contenteditable]')) {
      translate(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || SKIP.has(root.tagName) || root.closest('form[role="form"], [contenteditable]')) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement && !SKIP.has(n.parentElement.tagName)) {
      translate(n);
    }
  }
}

if (navigatorLanguage.split('-')[0].toLowerCase() === 'vi') {
  const start = () => {
    walk(document.body);
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.type === 'characterData') {
          walk(m.target);
        } else {
          m.addedNodes.forEach(walk);
        }
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

export default [];
