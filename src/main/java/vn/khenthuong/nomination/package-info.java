/**
 * The dossier of a nomination: filing it (with the filing rules of {@code DossierRules}, each
 * with its legal basis), its readable code ({@code LC-<year>-<number>}), its documents and their versions, and the
 * record of what each official decided at each step; the dossier page and its API.
 * <p>
 * Owns the tables {@code nomination}, {@code nomination_step}, {@code nomination_document} and
 * {@code nomination_code_counter}. Offers {@link vn.khenthuong.nomination.Nominations} (the dossier and its steps, to the
 * process's delegates and listeners), {@link vn.khenthuong.nomination.Documents}, the filing types
 * ({@link vn.khenthuong.nomination.NewDossier}, {@link vn.khenthuong.nomination.RegisteredDossier},
 * {@link vn.khenthuong.nomination.NomineeKind}, {@link vn.khenthuong.nomination.DocumentKind}), the
 * {@link vn.khenthuong.nomination.Checkpoint}s where a stored dossier is checked again, {@link vn.khenthuong.nomination.NominationFiling}
 * (filing, checking and attaching documents for the signed-in official, for features that file on their behalf, such as a
 * list from Excel), and the port {@link vn.khenthuong.nomination.NominationWorkflow}, which
 * {@code workflow.adapter} implements; its API is {@code /api/nominations}. Settings: {@code khenthuong.nomination.*}
 * ({@code NominationProperties}). Publishes the views {@code nomination_summary} (V11, the header) and
 * {@code nomination_step_summary} (V15, completed steps without comment or actor) for other features to read in SQL.
 */
package vn.khenthuong.nomination;
