-- The cross-trajectory disclosure ledger becomes rebuildable beside the version privacy officers
-- search, like the reports (V13) and the timeline (V17).
ALTER TABLE disclosure_ledger RENAME TO disclosure_ledger_a;
ALTER TABLE ledger_participant RENAME TO ledger_participant_a;

CREATE TABLE disclosure_ledger_b (
    entry_id               UUID                     NOT NULL,
    trajectory_id          UUID                     NOT NULL,
    sequence_number        BIGINT                   NOT NULL,
    outcome                VARCHAR(40)              NOT NULL,
    shared_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient_organisation VARCHAR(200),
    entry                  TEXT                     NOT NULL,
    CONSTRAINT disclosure_ledger_b_pk PRIMARY KEY (entry_id)
);
CREATE INDEX disclosure_ledger_b_organisation_ix ON disclosure_ledger_b (recipient_organisation, shared_at);
CREATE INDEX disclosure_ledger_b_trajectory_ix ON disclosure_ledger_b (trajectory_id, sequence_number);

CREATE TABLE ledger_participant_b (
    trajectory_id  UUID         NOT NULL,
    participant_id UUID         NOT NULL,
    organisation   VARCHAR(200) NOT NULL,
    CONSTRAINT ledger_participant_b_pk PRIMARY KEY (trajectory_id, participant_id)
);

INSERT INTO projection_slot (projection, slot, state, version) VALUES ('disclosure-ledger', 'a', 'ACTIVE', 1);
INSERT INTO projection_slot (projection, slot, state, version) VALUES ('disclosure-ledger', 'b', 'IDLE', 0);
UPDATE tokenentry SET processorname = 'disclosure-ledger-a' WHERE processorname = 'disclosure-ledger';
