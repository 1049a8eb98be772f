-- A round table's parts now name the invited and the present by id with their name (two people
-- may share a name); plans stored earlier name them only, so the plan view is rebuilt (beside the
-- one in use) where any round table was ever scheduled. Until then those plans read as before.
UPDATE projection_slot SET rebuild_requested = 'V29: round table parts name people by id'
    WHERE projection = 'plan-view' AND state = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM domainevententry WHERE payloadtype = 'nl.oneplan.events.RoundTableScheduled');
