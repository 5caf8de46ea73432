-- Posthumous awards (truy tặng, issue 14): the dossier says the nominee has died and names the family member who
-- receives the award on their behalf; the decision's annex and the award registry show both. The registry reads them
-- through nomination_summary (the nomination feature's published view), so the view gains the three columns at its
-- end (CREATE OR REPLACE keeps the existing columns in place, as PostgreSQL requires). Portable SQL for H2 and PostgreSQL.
ALTER TABLE nomination ADD COLUMN posthumous BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE nomination ADD COLUMN receiver_name VARCHAR(300);
ALTER TABLE nomination ADD COLUMN receiver_relation VARCHAR(100);

CREATE OR REPLACE VIEW nomination_summary AS
SELECT id, code, year, unit_code, award_kind_code, movement_code, procedure_kind, nominee_kind, nominee_name, nominee_id_number,
       status, closing_reason, created_by, created_at, posthumous, receiver_name, receiver_relation
FROM nomination;
