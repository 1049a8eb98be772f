-- Rebuildable projections keep two table sets ("slots" a and b): reports read the active one
-- while the other is rebuilt beside it, and the switch is one update of projection_slot.
ALTER TABLE trajectory_report RENAME TO trajectory_report_a;
ALTER TABLE disclosure_report RENAME TO disclosure_report_a;
ALTER TABLE goal_report RENAME TO goal_report_a;
ALTER TABLE agreement_report RENAME TO agreement_report_a;
ALTER TABLE escalation_report RENAME TO escalation_report_a;

CREATE TABLE trajectory_report_b (
    trajectory_id            UUID         NOT NULL,
    version                  BIGINT       NOT NULL,
    municipality             VARCHAR(200) NOT NULL,
    registration_route       VARCHAR(40)  NOT NULL,
    opened_on                DATE         NOT NULL,
    closed_on                DATE,
    closure_reason           VARCHAR(40),
    without_final_evaluation BOOLEAN,
    first_consent_asked_at   TIMESTAMP WITH TIME ZONE,
    first_disclosure_at      TIMESTAMP WITH TIME ZONE,
    informed_parties         INTEGER,
    handovers                INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT trajectory_report_b_pk PRIMARY KEY (trajectory_id)
);
CREATE INDEX trajectory_report_b_opened_ix ON trajectory_report_b (opened_on);

CREATE TABLE disclosure_report_b (
    disclosure_id UUID         NOT NULL,
    trajectory_id UUID         NOT NULL,
    municipality  VARCHAR(200) NOT NULL,
    shared_on     DATE         NOT NULL,
    basis         VARCHAR(20)  NOT NULL,
    CONSTRAINT disclosure_report_b_pk PRIMARY KEY (disclosure_id)
);
CREATE INDEX disclosure_report_b_shared_ix ON disclosure_report_b (shared_on);

CREATE TABLE goal_report_b (
    trajectory_id    UUID         NOT NULL,
    goal_number      INTEGER      NOT NULL,
    municipality     VARCHAR(200) NOT NULL,
    life_domain      VARCHAR(40)  NOT NULL,
    formulated_by    VARCHAR(40),
    start_date       DATE         NOT NULL,
    achieved_on      DATE,
    dropped_on       DATE,
    first_revised_on DATE,
    CONSTRAINT goal_report_b_pk PRIMARY KEY (trajectory_id, goal_number)
);

CREATE TABLE agreement_report_b (
    trajectory_id    UUID         NOT NULL,
    agreement_number INTEGER      NOT NULL,
    municipality     VARCHAR(200) NOT NULL,
    planned_end_date DATE,
    rescheduled      BOOLEAN      NOT NULL,
    completed_on     DATE,
    cancelled_on     DATE,
    CONSTRAINT agreement_report_b_pk PRIMARY KEY (trajectory_id, agreement_number)
);

CREATE TABLE escalation_report_b (
    trajectory_id     UUID         NOT NULL,
    escalation_number INTEGER      NOT NULL,
    municipality      VARCHAR(200) NOT NULL,
    level             VARCHAR(40)  NOT NULL,
    escalated_on      DATE         NOT NULL,
    deescalated_on    DATE,
    CONSTRAINT escalation_report_b_pk PRIMARY KEY (trajectory_id, escalation_number)
);

-- Per projection and slot: ACTIVE (serves reads), BUILDING (being rebuilt) or IDLE (its
-- processor is stopped). The last build's facts and a slot's last failed batch stay for the status.
CREATE TABLE projection_slot (
    projection        VARCHAR(100) NOT NULL,
    slot              VARCHAR(1)   NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    version           INTEGER      NOT NULL,
    build_started_at  TIMESTAMP WITH TIME ZONE,
    build_target      BIGINT,
    build_finished_at TIMESTAMP WITH TIME ZONE,
    build_outcome     VARCHAR(20),
    requested_by      VARCHAR(200),
    last_error        VARCHAR(500),
    last_error_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT projection_slot_pk PRIMARY KEY (projection, slot)
);
INSERT INTO projection_slot (projection, slot, state, version) VALUES ('trajectory-report', 'a', 'ACTIVE', 1);
INSERT INTO projection_slot (projection, slot, state, version) VALUES ('trajectory-report', 'b', 'IDLE', 0);

-- The existing report projection becomes slot a and keeps its progress.
UPDATE tokenentry SET processorname = 'trajectory-report-a' WHERE processorname = 'trajectory-report';
