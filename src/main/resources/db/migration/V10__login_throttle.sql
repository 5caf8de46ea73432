-- Failed sign-ins, per account ('account:<user id>') and per client address ('address:<ip>'), so that a password
-- guesser is slowed down on every node of a cluster (issue 13). Unlocking is by time only: blocked_until passes.
-- Portable SQL for H2 and PostgreSQL.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(300)             PRIMARY KEY,
    failures      INTEGER                  NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE
);
