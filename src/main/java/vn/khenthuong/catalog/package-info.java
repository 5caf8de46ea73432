/**
 * The reference data every feature shares: administrative units and their tiers, award kinds and who decides them over
 * time, emulation movements — loaded from {@code seeds/*.yaml} at every start-up, in every profile, and
 * served from memory.
 * <p>
 * Owns the tables {@code unit}, {@code award_kind}, {@code award_kind_authority}, {@code movement} and
 * {@code movement_award_kind}, and the files of {@code seeds/} but {@code seeds/emulation-blocks.yaml} (emulation blocks
 * and their pacts belong to {@code emulation}). Movements are also written by the provincial board through
 * {@link vn.khenthuong.catalog.MovementBook} ({@link vn.khenthuong.catalog.MovementDraft}, refused with
 * {@link vn.khenthuong.catalog.MovementRefusedException}), which publishes {@link vn.khenthuong.catalog.MovementChanged}
 * for the audit; the seeds never write over such an edit. The API and page of movements are the {@code movement}
 * feature's. Offers
 * {@link vn.khenthuong.catalog.Catalog} ({@link vn.khenthuong.catalog.Unit}, {@link vn.khenthuong.catalog.AwardKind},
 * {@link vn.khenthuong.catalog.AwardAuthority}, {@link vn.khenthuong.catalog.Movement}),
 * {@link vn.khenthuong.catalog.Tier} (the levels, CENTRAL included), {@link vn.khenthuong.catalog.Lineage} (whose
 * officials act at each level of a dossier's route), {@link vn.khenthuong.catalog.FoldedName} for diacritic-free name search,
 * {@link vn.khenthuong.catalog.Seeds} for other features' seed files ({@link vn.khenthuong.catalog.SeedException} names
 * the file and entry at fault) and {@link vn.khenthuong.catalog.SeedProperties} ({@code khenthuong.seeds.*}).
 */
package vn.khenthuong.catalog;
