-- Direction lowered by a safety decision now names the decision by number instead of carrying
-- Dutch text in its note; plans stored earlier show that text, so the plan view is rebuilt (beside
-- the one in use) where any safety decision was ever recorded.
UPDATE projection_slot SET rebuild_requested = 'V26: direction levels name their safety decision by number'
    WHERE projection = 'plan-view' AND state = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM domainevententry WHERE payloadtype = 'nl.oneplan.events.SafetyDecisionRecorded');
