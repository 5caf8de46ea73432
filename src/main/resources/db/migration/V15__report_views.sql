-- The completed steps of nominations as other features may read them in SQL (the report page: working days per step,
-- overdue supplementations). The nomination feature owns nomination_step and publishes only this projection: no
-- comment, no actor. A plain view: PostgreSQL and H2 inline it, so the table's indexes still answer. Portable SQL.
CREATE VIEW nomination_step_summary AS
SELECT id, nomination_id, step, outcome, deadline, acted_at
FROM nomination_step;

-- The report page counts a province's years in one grouped query per table (report.NominationTally,
-- award.AwardFigures). These indexes hold every column those queries read, so PostgreSQL answers from the index
-- alone (index-only scan) instead of reading the wide nomination rows (id and created_at: the steps' query joins the
-- year's nominations and starts a dossier's first step at its filing); the steps' index also gives the order of the
-- working-days window (per nomination, by time) without a sort. Plain composite indexes: H2 and PostgreSQL.
CREATE INDEX nomination_report ON nomination (year, unit_code, award_kind_code, nominee_kind, status, movement_code, id, created_at);
CREATE INDEX award_report ON award (year, unit_code, award_kind_code, nominee_kind, movement_code, reward_amount);
CREATE INDEX nomination_step_report ON nomination_step (nomination_id, acted_at, id, step, outcome);
