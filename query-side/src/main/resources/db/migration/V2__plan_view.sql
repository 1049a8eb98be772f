-- The plan view: one row per trajectory, the gezinsplan as a JSON document, and the columns the
-- trajectory list reads. `version` is the sequence number of the trajectory's last projected event.
CREATE TABLE plan_view (
    trajectory_id    UUID         NOT NULL,
    version          BIGINT       NOT NULL,
    family_name      VARCHAR(200),
    municipality     VARCHAR(200),
    coordinator_name VARCHAR(200),
    opened_on        DATE,
    status           VARCHAR(32),
    document         TEXT         NOT NULL,
    CONSTRAINT plan_view_pk PRIMARY KEY (trajectory_id)
);
CREATE INDEX plan_view_opened_ix ON plan_view (opened_on);
