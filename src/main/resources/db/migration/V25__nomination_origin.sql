-- Where a dossier comes from (issue 15): UNIT, filed by a unit for its own people (a commune's official, the route
-- commune → district → province), or BLOCK, proposed by the head unit of an emulation block after the block's
-- meeting (the route goes straight to the province). The route table reads it as its input "origin"; the progress
-- rules read it for the unit and minutes checks. Existing dossiers are all UNIT. Portable SQL for H2 and PostgreSQL.
ALTER TABLE nomination ADD COLUMN origin VARCHAR(10) DEFAULT 'UNIT' NOT NULL;
ALTER TABLE nomination ADD CONSTRAINT nomination_origin_check CHECK (origin IN ('UNIT', 'BLOCK'));
