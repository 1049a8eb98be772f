-- Every closure of a trajectory, kept when it is reopened: reports count the closures of their
-- period from this history (and whether a plan was open at a period's end), not from the latest
-- state, where a reopened trajectory no longer looks closed. Filled by a rebuild where any
-- trajectory was ever closed.
CREATE TABLE closure_report_a (
    trajectory_id            UUID         NOT NULL,
    sequence_number          BIGINT       NOT NULL,
    municipality             VARCHAR(200) NOT NULL,
    registration_route       VARCHAR(40)  NOT NULL,
    closed_on                DATE         NOT NULL,
    closure_reason           VARCHAR(40)  NOT NULL,
    without_final_evaluation BOOLEAN      NOT NULL,
    informed_parties         INTEGER,
    handovers                INTEGER      NOT NULL,
    coordinator_organisation VARCHAR(200),
    reopened_on              DATE,
    CONSTRAINT closure_report_a_pk PRIMARY KEY (trajectory_id, sequence_number)
);
CREATE INDEX closure_report_a_closed_ix ON closure_report_a (closed_on);

CREATE TABLE closure_report_b (
    trajectory_id            UUID         NOT NULL,
    sequence_number          BIGINT       NOT NULL,
    municipality             VARCHAR(200) NOT NULL,
    registration_route       VARCHAR(40)  NOT NULL,
    closed_on                DATE         NOT NULL,
    closure_reason           VARCHAR(40)  NOT NULL,
    without_final_evaluation BOOLEAN      NOT NULL,
    informed_parties         INTEGER,
    handovers                INTEGER      NOT NULL,
    coordinator_organisation VARCHAR(200),
    reopened_on              DATE,
    CONSTRAINT closure_report_b_pk PRIMARY KEY (trajectory_id, sequence_number)
);
CREATE INDEX closure_report_b_closed_ix ON closure_report_b (closed_on);

UPDATE projection_slot SET rebuild_requested = 'V27: closures kept when a trajectory is reopened'
    WHERE projection = 'trajectory-report' AND state = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM domainevententry WHERE payloadtype = 'nl.oneplan.events.TrajectoryClosed');
