-- A migration that changes what a projection stores cannot replay history; it asks for a rebuild
-- instead, which the query side starts by itself (and clears) as soon as it runs. A new database
-- has no history to fill.
ALTER TABLE projection_slot ADD COLUMN rebuild_requested VARCHAR(500);
UPDATE projection_slot SET rebuild_requested = 'V15, V16: round tables, participants, direction levels, '
    || 'coordinators, escalation reasons and safety decisions in the reports'
    WHERE projection = 'trajectory-report' AND state = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM domainevententry);
