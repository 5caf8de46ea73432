-- One-off: the per-task history grants (resource HISTORIC_TASK = 19) of process instances that have already ended.
-- From now on workflow.engine.FinishedTaskGrants deletes them when an instance ends; the ones of earlier years stayed
-- (an awarded nomination's history has no removal time). Grants of running instances stay: their officials still read
-- the history of earlier steps. Grants on '*' or without an instance (the auditor's, the administrator's) are untouched.
delete from ACT_RU_AUTHORIZATION
where RESOURCE_TYPE_ = 19
  and ROOT_PROC_INST_ID_ is not null
  and not exists (select 1 from ACT_RU_EXECUTION e where e.ID_ = ACT_RU_AUTHORIZATION.ROOT_PROC_INST_ID_);
