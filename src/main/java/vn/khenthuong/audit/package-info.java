/**
 * The audit trail an inspector reads: an append-only, hash-chained record of what happened to each nomination
 * (one chain per nomination, plus a global one), merged with the engine's history into a nomination's trail,
 * searchable by nominee and exportable (PDF, CSV, XLSX). The history retention rule lives here too.
 * <p>
 * Owns the tables {@code audit_event}, {@code audit_chain}, {@code audit_chain_head} and the search index
 * {@code nomination_search} (kept by {@link vn.khenthuong.audit.SearchIndex} when a nomination is filed);
 * {@code audit_event} is append-only on PostgreSQL ({@code AppendOnlyAuditMigration}). Offers
 * {@link vn.khenthuong.audit.AuditLog} and {@link vn.khenthuong.audit.AuditEventType} to every feature that records
 * an act, {@link vn.khenthuong.audit.Retention} to the engine's history settings, and the port {@link vn.khenthuong.audit.ProcessHistory} ({@link vn.khenthuong.audit.HistoryFact}),
 * which {@code workflow.adapter} implements. Its API, {@code /api/audit}, is read-only and for auditors and
 * administrators. A transaction that acts on many nominations at once (a list's chunk, a decision's signature: the
 * features announce it with {@code NominationListFiling} / {@code DecisionSigning}) has its events written together
 * when it commits ({@link vn.khenthuong.audit.AuditLog#batchUntilCommit}): the same rows, a few statements per
 * transaction instead of two or three per event.
 */
package vn.khenthuong.audit;
