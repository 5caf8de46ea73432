/*
 * Based on the config.js shipped with Camunda 7.24 (Apache License 2.0). Overriding this file replaces the
 * default configuration of the app, so only what we change is set here; see the shipped file for the rest.
 */

export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  // Day before month, as Vietnamese officials write dates.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  customScripts: [
    '../kt/locale-preload',
    // English words Camunda shows whatever the locale file says (app/kt/leftovers.js).
    '../kt/leftovers',
    // window.ktForm: the helper our embedded forms (forms/*.html) share.
    '../kt/forms'
  ],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận xử lý nhiệm vụ đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển tới nhiệm vụ đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển tới ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
