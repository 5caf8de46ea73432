-- Indexes on Camunda's own tables (ACT_*), run by workflow.EngineIndexes after the engine has created or
-- upgraded its schema; history in flyway_engine_history. Portable: H2 and PostgreSQL.

-- Tasklist lists an official's tasks sorted by due date, first page of 20. Without this index PostgreSQL
-- joins every task of the group with its authorization rows before sorting (quadratic in a busy group); with it,
-- it walks tasks in due-date order and stops after the first page (plans in BENCHMARKS.md).
CREATE INDEX IF NOT EXISTS ACT_IDX_KT_TASK_DUE ON ACT_RU_TASK (DUE_DATE_);
