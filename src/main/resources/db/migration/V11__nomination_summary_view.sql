-- The nomination header other features may read in SQL (council, award, audit, eligibility join it to their own
-- tables by id or code). The nomination feature owns the nomination table and publishes only this view; the
-- dossier's body (achievements, personal details) stays behind its Java API. A plain projection: PostgreSQL and H2
-- inline it, so the indexes of the table still answer. Portable SQL for H2 and PostgreSQL.
CREATE VIEW nomination_summary AS
SELECT id, code, year, unit_code, award_kind_code, movement_code, procedure_kind, nominee_kind, nominee_name, nominee_id_number,
       status, closing_reason, created_by, created_at
FROM nomination;
