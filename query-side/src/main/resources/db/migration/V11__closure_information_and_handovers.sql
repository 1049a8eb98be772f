-- How many parties were informed at closure, and how often coordination changed hands.
ALTER TABLE trajectory_report ADD COLUMN informed_parties INTEGER;
ALTER TABLE trajectory_report ADD COLUMN handovers INTEGER NOT NULL DEFAULT 0;
