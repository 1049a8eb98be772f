-- The coded reason of an escalation, and safety decisions (each one taken against the family's
-- wish) with whether options were put to the family; both slots. A rebuild fills the history.

ALTER TABLE escalation_report_a ADD COLUMN reason_code VARCHAR(40);

CREATE TABLE safety_decision_report_a (
    trajectory_id         UUID         NOT NULL,
    decision_number       INTEGER      NOT NULL,
    municipality          VARCHAR(200) NOT NULL,
    decided_on            DATE         NOT NULL,
    options_put_to_family BOOLEAN      NOT NULL,
    CONSTRAINT safety_decision_report_a_pk PRIMARY KEY (trajectory_id, decision_number)
);

ALTER TABLE escalation_report_b ADD COLUMN reason_code VARCHAR(40);

CREATE TABLE safety_decision_report_b (
    trajectory_id         UUID         NOT NULL,
    decision_number       INTEGER      NOT NULL,
    municipality          VARCHAR(200) NOT NULL,
    decided_on            DATE         NOT NULL,
    options_put_to_family BOOLEAN      NOT NULL,
    CONSTRAINT safety_decision_report_b_pk PRIMARY KEY (trajectory_id, decision_number)
);
