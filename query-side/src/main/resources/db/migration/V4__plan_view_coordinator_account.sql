-- The account of the trajectory's coordinator, so a coordinator's caseload is one indexed query.
ALTER TABLE plan_view ADD COLUMN coordinator_user_id VARCHAR(200);
CREATE INDEX plan_view_coordinator_ix ON plan_view (coordinator_user_id);
