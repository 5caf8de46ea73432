-- What the report's working days per step need, written with each step (issue 15): the dossier's year, the day the
-- step started and the day it ended. A step starts when the step before it in the same dossier ended (by time, then
-- id), the first one when the dossier was filed. The report used to compute the start with a window (LAG per
-- dossier) and cast every timestamp to a day, over every step it counted: over a province's years (450k steps) it
-- sorted and converted them all on each request. Stored, the report only groups, from an index. Days are taken as
-- CAST(… AS DATE) took them before (the connection's time zone, which is the application's). The year, like the
-- nomination's, never changes.
ALTER TABLE nomination_step ADD COLUMN year INTEGER;
ALTER TABLE nomination_step ADD COLUMN started_on DATE;
ALTER TABLE nomination_step ADD COLUMN ended_on DATE;

UPDATE nomination_step SET
    year = (SELECT n.year FROM nomination n WHERE n.id = nomination_step.nomination_id),
    ended_on = CAST(acted_at AS DATE),
    started_on = CAST(COALESCE(
        (SELECT MAX(p.acted_at) FROM nomination_step p
          WHERE p.nomination_id = nomination_step.nomination_id
            AND (p.acted_at < nomination_step.acted_at OR (p.acted_at = nomination_step.acted_at AND p.id < nomination_step.id))),
        (SELECT n.created_at FROM nomination n WHERE n.id = nomination_step.nomination_id)) AS DATE);

ALTER TABLE nomination_step ALTER COLUMN year SET NOT NULL;
ALTER TABLE nomination_step ALTER COLUMN started_on SET NOT NULL;
ALTER TABLE nomination_step ALTER COLUMN ended_on SET NOT NULL;

-- Published with the other columns (new columns go last: PostgreSQL's CREATE OR REPLACE VIEW keeps the old ones).
CREATE OR REPLACE VIEW nomination_step_summary AS
SELECT id, nomination_id, step, outcome, deadline, acted_at, year, started_on, ended_on
FROM nomination_step;

-- The report groups a year's steps (or every year's) from this index alone (index-only scan, in the order of the
-- grouping within a year).
CREATE INDEX nomination_step_year ON nomination_step (year, step, started_on, ended_on, outcome);
-- Joined by dossier when the report is for a unit, a movement, an award kind or a nominee kind; its first columns
-- also answer the dossier's latest step when a step is written.
DROP INDEX nomination_step_report;
CREATE INDEX nomination_step_report ON nomination_step (nomination_id, acted_at, id, step, outcome, started_on, ended_on);
