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

// The fallback table too: the engine of angular-translate would otherwise load it later and its date
// settings would switch moment.js back to English.
const languages = language === fallback ? [language] : [language, fallback];
const tables = await Promise.all(languages.map(load));

window.angular.module('pascalprecht.translate').config(['$translateProvider', function ($translateProvider) {
  languages.forEach(function (locale, index) {
    $translateProvider.translations(locale, tables[index].labels);
  });
}]);

const moment = window.moment;
const dateLocale = tables[0].dateLocales;
if (moment && dateLocale) {
  if (moment.locales().includes(language)) {
    moment.updateLocale(language, dateLocale);
  } else {
    moment.defineLocale(language, dateLocale);
  }
  moment.locale(language);
}

export default [];
