-- Movements managed by the provincial board (issue 15, point 1), owned by the catalogue like the table itself.
-- The launching level (CENTRAL for movements launched by the centre, which have no unit of the catalogue), the
-- period as dates (the years stay: a nomination's year is checked against them), the targets, the award kinds the
-- movement leads to, and who last edited the row: NULL for a row only the seeds wrote. SeedCatalog updates a seeded
-- row from seeds/movements.yaml only while edited_by is NULL, so a start-up never overwrites the board's edit.
-- Portable SQL for H2 and PostgreSQL.
ALTER TABLE movement ADD COLUMN launching_level VARCHAR(20) DEFAULT 'PROVINCE' NOT NULL;
UPDATE movement SET launching_level = 'CENTRAL' WHERE launched_by IS NULL;
ALTER TABLE movement ADD CONSTRAINT movement_launching_level CHECK (launching_level IN ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'));
ALTER TABLE movement ADD COLUMN starts_on DATE;
ALTER TABLE movement ADD COLUMN ends_on DATE;
ALTER TABLE movement ADD COLUMN targets VARCHAR(4000);
ALTER TABLE movement ADD COLUMN edited_by VARCHAR(100);
ALTER TABLE movement ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
-- The period of the rows written before: the whole years they named.
UPDATE movement SET starts_on = CAST(CAST(year_from AS VARCHAR(4)) || '-01-01' AS DATE),
                    ends_on = CAST(CAST(year_to AS VARCHAR(4)) || '-12-31' AS DATE);

-- The award kinds a movement leads to (its summing-up awards).
CREATE TABLE movement_award_kind (
    movement_code   VARCHAR(40) NOT NULL REFERENCES movement (code),
    award_kind_code VARCHAR(40) NOT NULL REFERENCES award_kind (code),
    PRIMARY KEY (movement_code, award_kind_code)
);
