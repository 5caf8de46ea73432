-- The completed steps of nominations as other features may read them in SQL (the report page: working days per step,
-- overdue supplementations). The nomination feature owns nomination_step and publishes only this projection: no
-- comment, no actor. A plain view: PostgreSQL and H2 inline it, so the table's indexes still answer. Portable SQL.
CREATE VIEW nomination_step_summary AS
SELECT id, nomination_id, step, outcome, deadline, acted_at
FROM nomination_step;
