-- One hash chain per nomination instead of one for the whole system (issue 6: the single locked
-- audit_chain_head row serialised every audited transaction until commit). Portable SQL for H2 and PostgreSQL;
-- the existing rows are re-linked and the constraints added by vn.khenthuong.audit.V8_1__RelinkAuditChains.

-- chain_key: the nomination code, or 'global' for events without a nomination. chain_pos: 1, 2, 3 ... within the
-- chain with no gaps, so a deleted row shows as a missing position. seq stays as the global order for reading,
-- now from a sequence: a rolled-back append leaves a gap in seq, which is normal and not checked.
ALTER TABLE audit_event ADD COLUMN chain_key VARCHAR(20);
ALTER TABLE audit_event ADD COLUMN chain_pos BIGINT;

-- The end of each chain. An append locks only its own chain's row (SELECT ... FOR UPDATE), so appends for
-- different nominations do not wait for each other.
CREATE TABLE audit_chain (
    chain_key VARCHAR(20) PRIMARY KEY,
    last_pos  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);

CREATE SEQUENCE audit_event_seq START WITH 1;
