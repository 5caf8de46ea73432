/*
 * Based on the config.js shipped with Camunda 7.24 (Apache License 2.0). Overriding this file replaces the
 * default configuration of the app, so only what we change is set here; see the shipped file for the rest.
 */

export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  customScripts: ['../kt/locale-preload', '../kt/leftovers']
};
