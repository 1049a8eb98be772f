-- One row per escalation: its level and days; never the reason or resolution text.
CREATE TABLE escalation_report (
    trajectory_id     UUID         NOT NULL,
    escalation_number INTEGER      NOT NULL,
    municipality      VARCHAR(200) NOT NULL,
    level             VARCHAR(40)  NOT NULL,
    escalated_on      DATE         NOT NULL,
    deescalated_on    DATE,
    CONSTRAINT escalation_report_pk PRIMARY KEY (trajectory_id, escalation_number)
);
