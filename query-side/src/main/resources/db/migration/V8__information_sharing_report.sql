-- When consent was first asked (given or denied, valid time) and when information was first
-- shared: the research question whether families were asked before anything left the trajectory.
ALTER TABLE trajectory_report ADD COLUMN first_consent_asked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE trajectory_report ADD COLUMN first_disclosure_at TIMESTAMP WITH TIME ZONE;

-- One row per disclosure or refused attempt: its day, and whether consent or a statutory ground
-- covered it. Recipients, members and categories stay in the ledger, not in reports.
CREATE TABLE disclosure_report (
    disclosure_id UUID         NOT NULL,
    trajectory_id UUID         NOT NULL,
    municipality  VARCHAR(200) NOT NULL,
    shared_on     DATE         NOT NULL,
    basis         VARCHAR(20)  NOT NULL,
    CONSTRAINT disclosure_report_pk PRIMARY KEY (disclosure_id)
);
CREATE INDEX disclosure_report_shared_ix ON disclosure_report (shared_on);
