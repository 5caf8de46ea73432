/**
 * Reports for the provincial board, the provincial chairman, administrators and auditors: the API
 * {@code /api/reports} (figures per unit, award kind and year, working days per step, overdue steps; the source
 * report's summary of awards per district with its generated paragraph) with an XLSX export of every table, and the
 * page {@code /bao-cao.html} (charts drawn with Apache ECharts from its webjar).
 * <p>
 * Owns no table. Reads nominations from the views {@code nomination_summary} and {@code nomination_step_summary}
 * the nomination feature publishes ({@link vn.khenthuong.report.NominationTally}), awards and reward money from
 * {@link vn.khenthuong.award.AwardFigures} (the registry itself, so past years' awards count too), units and their
 * hierarchy, award kinds and movements from {@link vn.khenthuong.catalog.Catalog}, blocks' members from
 * {@link vn.khenthuong.emulation.BlockPacts}, working days from {@link vn.khenthuong.calendar.WorkingCalendar}.
 * District and commune officials are refused ({@link vn.khenthuong.report.ReportAccess}).
 */
package vn.khenthuong.report;
