-- The timeline words a direction level lowered by a safety decision with that decision's number
-- (V26); entries projected earlier say "door een veiligheidsbesluit", so the timeline is rebuilt
-- (beside the one in use) where any safety decision was ever recorded.
UPDATE projection_slot SET rebuild_requested = 'V28: direction levels name their safety decision by number'
    WHERE projection = 'timeline' AND state = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM domainevententry WHERE payloadtype = 'nl.oneplan.events.SafetyDecisionRecorded');
