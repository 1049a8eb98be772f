-- Every read of a family's personal data through the query API: who, when, which trajectory,
-- which view. Append-only: OnePlan only ever inserts into it.
CREATE TABLE access_log (
    entry_id          UUID                     NOT NULL,
    read_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id           VARCHAR(200)             NOT NULL,
    user_name         VARCHAR(200),
    user_role         VARCHAR(200),
    user_organisation VARCHAR(200),
    trajectory_id     UUID                     NOT NULL,
    view_name         VARCHAR(50)              NOT NULL,
    CONSTRAINT access_log_pk PRIMARY KEY (entry_id)
);
CREATE INDEX access_log_trajectory_ix ON access_log (trajectory_id, read_at);
