-- A reopened plan now keeps when and why it closed before, and the evaluation held then; plans
-- stored earlier lack it, so the plan view is rebuilt (beside the one in use) where any
-- trajectory was ever reopened.
UPDATE projection_slot SET rebuild_requested = 'V25: earlier closures and evaluations kept in reopened plans'
    WHERE projection = 'plan-view' AND state = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM domainevententry WHERE payloadtype = 'nl.oneplan.events.TrajectoryReopened');
