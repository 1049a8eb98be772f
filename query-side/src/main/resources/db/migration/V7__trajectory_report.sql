-- One row per trajectory with only what reports count: no names, birth dates or free text.
CREATE TABLE trajectory_report (
    trajectory_id            UUID         NOT NULL,
    version                  BIGINT       NOT NULL,
    municipality             VARCHAR(200) NOT NULL,
    registration_route       VARCHAR(40)  NOT NULL,
    opened_on                DATE         NOT NULL,
    closed_on                DATE,
    closure_reason           VARCHAR(40),
    without_final_evaluation BOOLEAN,
    CONSTRAINT trajectory_report_pk PRIMARY KEY (trajectory_id)
);
CREATE INDEX trajectory_report_opened_ix ON trajectory_report (opened_on);
