-- The disclosure ledger across trajectories, for privacy officers: one row per disclosure or
-- refused attempt, searchable by recipient organisation and period; the full entry as JSON.
CREATE TABLE disclosure_ledger (
    entry_id               UUID                     NOT NULL,
    trajectory_id          UUID                     NOT NULL,
    sequence_number        BIGINT                   NOT NULL,
    outcome                VARCHAR(40)              NOT NULL,
    shared_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient_organisation VARCHAR(200),
    entry                  TEXT                     NOT NULL,
    CONSTRAINT disclosure_ledger_pk PRIMARY KEY (entry_id)
);
CREATE INDEX disclosure_ledger_organisation_ix ON disclosure_ledger (recipient_organisation, shared_at);
CREATE INDEX disclosure_ledger_trajectory_ix ON disclosure_ledger (trajectory_id, sequence_number);

-- Organisations of participants, to know which organisation a person who received something works for.
CREATE TABLE ledger_participant (
    trajectory_id  UUID         NOT NULL,
    participant_id UUID         NOT NULL,
    organisation   VARCHAR(200) NOT NULL,
    CONSTRAINT ledger_participant_pk PRIMARY KEY (trajectory_id, participant_id)
);
