-- One row that every import of the registry locks (SELECT ... FOR UPDATE) before it looks for duplicates: two
-- uploads of the same file at once (a double click, two administrators) then run one after the other, and the second
-- finds the first one's lines. A portable lock: no advisory locks (PostgreSQL only), no LOCK TABLE (not in H2).
CREATE TABLE award_import_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO award_import_lock (id) VALUES (1);
