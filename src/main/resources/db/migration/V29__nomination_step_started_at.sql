-- When each step started, written with the step (issue 15: the report's working days per step). A step starts when
-- the step before it in the same dossier ended (by time, then id), the first one when the dossier was filed. The
-- report used to compute this with a window (LAG per dossier) over every step it counted, which over a province's
-- years (455k steps) sorted them all on each request; stored, the report only groups.
ALTER TABLE nomination_step ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;

UPDATE nomination_step SET started_at = COALESCE(
        (SELECT MAX(p.acted_at) FROM nomination_step p
          WHERE p.nomination_id = nomination_step.nomination_id
            AND (p.acted_at < nomination_step.acted_at OR (p.acted_at = nomination_step.acted_at AND p.id < nomination_step.id))),
        (SELECT n.created_at FROM nomination n WHERE n.id = nomination_step.nomination_id));

ALTER TABLE nomination_step ALTER COLUMN started_at SET NOT NULL;

-- Published with the other columns (a new column goes last: PostgreSQL's CREATE OR REPLACE VIEW keeps the old ones).
CREATE OR REPLACE VIEW nomination_step_summary AS
SELECT id, nomination_id, step, outcome, deadline, acted_at, started_at
FROM nomination_step;

-- Every column the report's grouped query reads, for an index-only scan: joined by dossier for a year or a unit.
DROP INDEX nomination_step_report;
CREATE INDEX nomination_step_report ON nomination_step (nomination_id, acted_at, id, step, outcome, started_at);
