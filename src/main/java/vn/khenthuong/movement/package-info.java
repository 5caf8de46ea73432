/**
 * Emulation movements as the provincial board manages them: the API {@code /api/movements} (list, read, create,
 * update, close; no delete) and the page {@code /phong-trao.html}, with a movement's nominations and awards.
 * <p>
 * Owns no table: the movements are the catalogue's ({@code movement}, {@code movement_award_kind}), written through
 * {@link vn.khenthuong.catalog.MovementBook}, which publishes {@link vn.khenthuong.catalog.MovementChanged} for the
 * audit. A movement's nominations are read from the view {@code nomination_summary} the nomination feature publishes
 * ({@link vn.khenthuong.movement.MovementNominations}), its awards from {@link vn.khenthuong.award.AwardRegistry}.
 * Every signed-in official and the auditor read; the province's appraisers and administrators write.
 */
package vn.khenthuong.movement;
