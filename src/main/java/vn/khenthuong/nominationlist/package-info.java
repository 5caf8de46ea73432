/**
 * Lists of nominees filed at once from Excel (issue 16, point 1): the template a commune downloads
 * ({@code GET /api/nomination-lists/template.xlsx}, drop-downs for the award kinds open today, nominee kinds, open
 * movements, genders), the upload ({@code POST /api/nomination-lists}, read with POI's streaming reader) checked row by
 * row with the filing rules of the form, filed by the unit's choice (check only, the valid rows, or all or nothing) as
 * ordinary nominations, with documents from a .zip named by row; the row report and the sheet annotated with it; the
 * page {@code /nop-danh-sach.html}.
 * <p>
 * Owns the tables {@code nomination_list}, {@code nomination_list_row} and {@code nomination_list_problem} (V16). Files
 * through {@link vn.khenthuong.nomination.NominationFiling} (the nomination feature's rules, codes, audit and process
 * start), reads the unit's nominations from the view {@code nomination_summary}, and publishes
 * {@link vn.khenthuong.nominationlist.NominationListFiled} for the audit, and
 * {@link vn.khenthuong.nominationlist.NominationListFiling} at the start of each filing transaction (the audit then writes
 * that transaction's events together at its commit).
 */
package vn.khenthuong.nominationlist;
