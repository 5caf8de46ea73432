/*
 * Loads the translation tables before AngularJS starts (listed in every app's customScripts).
 *
 * Why: Camunda loads locales/<lang>.json asynchronously, but some Cockpit plugins read labels with
 * $translate.instant() as soon as their controller starts; a page opened straight on such a view (the
 * process list) then showed raw keys such as PLUGIN_PROCESS_DEF_STATE. With the tables registered through
 * $translateProvider.translations() no loader call is needed and instant() always has the text.
 * The language is chosen exactly as Camunda does: the browser's first language if the app offers it,
 * otherwise the fallback locale.
 */
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root');
const appName = base.getAttribute('app-name');
const appUrl = `${appRoot}/app/${appName}/`;

const config = (await import(`${appUrl}scripts/config.js?bust=${window.bust}`)).default;
const available = (config.locales && config.locales.availableLocales) || ['en'];
const fallback = (config.locales && config.locales.fallbackLocale) || 'en';
const navigatorLanguage = (navigator.languages && navigator.languages[0]) || navigator.language || '';
const wanted = navigatorLanguage.split('-')[0].toLowerCase();
const language = available.includes(wanted) ? wanted : fallback;

async function load(locale) {
  const response = await fetch(`${appUrl}locales/${locale}.json?bust=${window.bust}`, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`locales/${locale}.json: HTTP ${response.status}`);
  }
  return response.json();
}

// Camunda's loader defines moment.js's locale from a table's dateLocales, and each table it loads makes that
// locale the global one, so when it loads both the chosen language and the fallback, dates end up in whichever
// arrived last. Cockpit exposes moment: there both tables are preloaded and the locale set here. The other apps
// do not: there only the fallback table is preloaded, so the loader fetches the chosen language alone and its
// date settings win.
const moment = window.moment;
const languages = moment ? [...new Set([language, fallback])] : (language === fallback ? [] : [fallback]);
const tables = await Promise.all(languages.map(load));

window.angular.module('pascalprecht.translate').config(['$translateProvider', function ($translateProvider) {
  languages.forEach(function (locale, index) {
    $translateProvider.translations(locale, tables[index].labels);
  });
}]);

if (moment && tables[0].dateLocales) {
  if (moment.locales().includes(language)) {
    moment.updateLocale(language, tables[0].dateLocales);
  } else {
    moment.defineLocale(language, tables[0].dateLocales);
  }
  moment.locale(language);
}

// The date formats of config.js (dd/MM/yyyy HH:mm): Tasklist applies them itself, Admin and Welcome apply none and
// Cockpit sets its own ("YYYY-MM-DD[T]HH:mm:ss") in a config block of its module. Ours are set in cam.commons, which
// every app depends on, and again in Cockpit's module: config blocks of one module run in the order they were
// registered, and Cockpit registered its own before loading this script.
if (config.dateFormat) {
  const setFormats = ['camDateFormatProvider', function (formats) {
    Object.keys(config.dateFormat).forEach(function (kind) {
      formats.setDateFormat(config.dateFormat[kind], kind);
    });
  }];
  window.angular.module('cam.commons').config(setFormats);
  if (appName === 'cockpit') {
    window.angular.module('cam.cockpit').config(setFormats);
  }
}

// Angular's own date names (the date picker of Tasklist and Cockpit: "December 2026", "Sun Mon …") come from
// $locale, which Camunda ships in English only; in Vietnamese, weeks start on Monday and dates are day first.
if (language === 'vi') {
  window.angular.module('ng').run(['$locale', '$injector', function ($locale, $injector) {
    const months = Array.from({ length: 12 }, (_, i) => 'tháng ' + (i + 1));
    Object.assign($locale.DATETIME_FORMATS, {
      MONTH: months,
      STANDALONEMONTH: months,
      SHORTMONTH: Array.from({ length: 12 }, (_, i) => 'thg ' + (i + 1)),
      DAY: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
      SHORTDAY: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
      AMPMS: ['SA', 'CH'],
      FIRSTDAYOFWEEK: 0,
      short: 'dd/MM/y HH:mm',
      shortDate: 'dd/MM/y',
      medium: 'dd/MM/y HH:mm',
      mediumDate: 'dd/MM/y',
      fullDate: 'EEEE, dd/MM/y',
      longDate: 'dd/MM/y'
    });
    $locale.id = 'vi-vn';
    if ($injector.has('uibDatepickerPopupConfig')) {
      Object.assign($injector.get('uibDatepickerPopupConfig'), {
        currentText: 'Hôm nay', clearText: 'Xoá', closeText: 'Đóng', datepickerPopup: 'dd/MM/yyyy'
      });
    }
    if ($injector.has('uibDatepickerConfig')) {
      Object.assign($injector.get('uibDatepickerConfig'), { startingDay: 1, formatDayTitle: 'MMMM y', formatMonthTitle: 'y' });
    }
  }]);
}

export default [];
