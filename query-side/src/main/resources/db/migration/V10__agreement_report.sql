-- One row per agreement with its days only; never who carries it or what it says. The two
-- standard agreements have no planned end.
CREATE TABLE agreement_report (
    trajectory_id    UUID         NOT NULL,
    agreement_number INTEGER      NOT NULL,
    municipality     VARCHAR(200) NOT NULL,
    planned_end_date DATE,
    rescheduled      BOOLEAN      NOT NULL,
    completed_on     DATE,
    cancelled_on     DATE,
    CONSTRAINT agreement_report_pk PRIMARY KEY (trajectory_id, agreement_number)
);
