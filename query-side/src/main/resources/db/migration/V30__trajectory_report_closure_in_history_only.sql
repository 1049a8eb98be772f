-- Closures are counted from closure_report (V27), every closure with what stood then; the copy
-- of the latest one on the trajectory's row is no longer read or written.
ALTER TABLE trajectory_report_a DROP COLUMN closed_on;
ALTER TABLE trajectory_report_a DROP COLUMN closure_reason;
ALTER TABLE trajectory_report_a DROP COLUMN without_final_evaluation;
ALTER TABLE trajectory_report_b DROP COLUMN closed_on;
ALTER TABLE trajectory_report_b DROP COLUMN closure_reason;
ALTER TABLE trajectory_report_b DROP COLUMN without_final_evaluation;
