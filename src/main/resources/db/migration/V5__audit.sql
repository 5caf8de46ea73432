-- Audit trail (issue 4). Portable SQL for H2 and PostgreSQL; the PostgreSQL-only guard (a trigger refusing
-- UPDATE, DELETE and TRUNCATE) is installed by vn.khenthuong.audit.AppendOnlyAuditMigration (V5_1).

-- Append-only, hash-chained events our code writes: each row stores the SHA-256 of its content and the
-- previous row's hash. seq is the position in the chain, given out under a lock on audit_chain_head.
CREATE TABLE audit_event (
    seq             BIGINT        PRIMARY KEY,
    nomination_code VARCHAR(20),
    event_type      VARCHAR(40)   NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    details         VARCHAR(20000) NOT NULL, -- JSON text, hashed exactly as stored
    prev_hash       VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_event_nomination ON audit_event (nomination_code, seq);

-- One row: the end of the chain. Appends lock it (SELECT ... FOR UPDATE) so concurrent writers chain in turn.
CREATE TABLE audit_chain_head (
    id        INTEGER     PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Search: the nominee's name without diacritics, lower case ("đ" → "d"), kept by our code (audit.SearchIndex).
CREATE TABLE nomination_search (
    nomination_id  BIGINT       PRIMARY KEY REFERENCES nomination (id),
    nominee_folded VARCHAR(300) NOT NULL
);
CREATE INDEX nomination_search_nominee ON nomination_search (nominee_folded);

-- Lookups an auditor makes that V1 does not index.
CREATE INDEX nomination_nominee_id_number ON nomination (nominee_id_number);
CREATE INDEX nomination_movement_year ON nomination (movement_code, year);
CREATE INDEX nomination_year ON nomination (year);
CREATE INDEX award_year ON award (year);
