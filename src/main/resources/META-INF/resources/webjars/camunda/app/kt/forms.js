/*
 * What our embedded Tasklist forms (forms/*.html) share, loaded once through Tasklist's customScripts.
 * A form's script starts with `var kt = ktForm(camForm);` and keeps only what is its own.
 */
// The Vietnamese calendar of our own pages (static/ngay.js: weeks from Monday, "Tháng 12 năm 2026"), under the forms'
// date fields. Without it a field is still typed as dd/mm/yyyy.
const calendar = import('/ngay.js').catch(function () { return null; });

window.ktForm = function ktForm(camForm) {
  var root = camForm.formElement;
  var form = root && root.jquery ? root[0] : root;

  function $(selector) {
    return form.querySelector(selector);
  }

  function value(selector) {
    var field = $(selector);
    return field ? (field.value || '').trim() : '';
  }

  /** Keeps the form open and says why, in the form's alert line. */
  function refuse(evt, message) {
    evt.submitPrevented = true;
    $('.kt-error').textContent = message;
    return false;
  }

  /** Reads a process variable for display only: it is not sent back when the form is completed. */
  function readOnly(name, use) {
    camForm.on('form-loaded', function () {
      camForm.variableManager.fetchVariable(name);
    });
    camForm.on('variables-fetched', function () {
      var result = camForm.variableManager.variableValue(name);
      camForm.variableManager.destroyVariable(name);
      use(result);
    });
  }

  // A refusal from an earlier attempt must not stay on screen once the official tries again.
  camForm.on('submit', function () {
    var error = $('.kt-error');
    if (error) {
      error.textContent = '';
    }
  });

  return {
    form: form,
    $: $,
    value: value,
    refuse: refuse,
    readOnly: readOnly,

    /** The dossier page (/ho-so.html) of this nomination in the form's .kt-dossier frame; then(code) if given. */
    showDossier: function (then) {
      readOnly('nominationCode', function (code) {
        $('.kt-dossier').src = '/ho-so.html?code=' + encodeURIComponent(code);
        if (then) {
          then(code);
        }
      });
    },

    /**
     * Our API, in the Tasklist session (its CSRF token is in the KT-XSRF-TOKEN cookie). Synchronous: a submit
     * handler must know the answer before Tasklist completes the task.
     */
    api: function (method, url, body) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, false);
      xhr.setRequestHeader('Content-Type', 'application/json');
      var token = document.cookie.match(/(?:^|;\s*)KT-XSRF-TOKEN=([^;]*)/);
      if (token) {
        xhr.setRequestHeader('X-XSRF-TOKEN', decodeURIComponent(token[1]));
      }
      xhr.send(body === undefined ? null : JSON.stringify(body));
      var data = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch (e) {
        data = null;
      }
      return { status: xhr.status, data: data, detail: data && data.detail ? data.detail : 'Lỗi ' + xhr.status };
    },

    /** The problems the automatic check found, one per line, in the form's .kt-problems box. */
    showProblems: function () {
      readOnly('problems', function (problems) {
        if (!problems) {
          return;
        }
        var list = $('.kt-problems ul');
        problems.split('\n').forEach(function (text) {
          var item = document.createElement('li');
          item.textContent = text;
          list.appendChild(item);
        });
        $('.kt-problems').hidden = false;
      });
    },

    /**
     * A date typed day first (dd/mm/yyyy) whatever the browser's language, sent to the process as yyyy-mm-dd.
     * iso() is the typed date in ISO form or null; send() writes it into the field just before submitting.
     */
    dateField: function (selector) {
      var field = $(selector);
      calendar.then(function () {
        if (window.ngay) {
          window.ngay.attach(field);
        }
      });
      camForm.on('variables-applied', function () {
        var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(field.value || '');
        if (m) {
          field.value = m[3] + '/' + m[2] + '/' + m[1];
        }
      });
      function pad(n) {
        return (n.length < 2 ? '0' : '') + n;
      }
      function iso() {
        var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value(selector));
        if (!m) {
          return null;
        }
        var day = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
        if (day.getUTCDate() !== +m[1] || day.getUTCMonth() !== +m[2] - 1) {
          return null; // 31/02/2025
        }
        return m[3] + '-' + pad(m[2]) + '-' + pad(m[1]);
      }
      return {
        iso: iso,
        send: function () {
          if (iso()) {
            field.value = iso();
          }
        }
      };
    },

    /** Today as yyyy-mm-dd, to compare with iso() dates. */
    today: function () {
      var now = new Date();
      return now.getFullYear() + '-' + ('0' + (now.getMonth() + 1)).slice(-2) + '-' + ('0' + now.getDate()).slice(-2);
    },

    /**
     * The "approve" choice in the words of where this dossier goes next (task variable approveWording, set by
     * workflow.ApproveWordingListener from the route: two-tier since 1 July 2025, so no "lên huyện" any more).
     */
    approveWording: function () {
      readOnly('approveWording', function (wording) {
        var option = $('select[name="outcome"] option[value="approve"]');
        if (wording && option) {
          option.textContent = wording;
        }
      });
    },

    /** A review's answer: an outcome, and a reason unless the dossier is approved. */
    checkOutcome: function (evt) {
      var chosen = value('select[name="outcome"]');
      if (!chosen) {
        return refuse(evt, 'Vui lòng chọn kết quả xử lý hồ sơ.');
      }
      if (chosen !== 'approve' && !value('textarea[cam-variable-name="comment"]')) {
        return refuse(evt, 'Vui lòng ghi rõ lý do khi trả lại hoặc từ chối hồ sơ.');
      }
      return true;
    }
  };
};

export default [];
