-- A trajectory whose events a projection slot could not project: parked there, so every other
-- family goes on. One row per (projection, slot, trajectory): the first event that failed and why.
CREATE TABLE projection_dead_letter (
    projection      VARCHAR(100)             NOT NULL,
    slot            VARCHAR(10)              NOT NULL,
    trajectory_id   UUID                     NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    event_type      VARCHAR(300)             NOT NULL,
    error           VARCHAR(2000)            NOT NULL,
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    skipped         BIGINT                   NOT NULL,
    CONSTRAINT projection_dead_letter_pk PRIMARY KEY (projection, slot, trajectory_id)
);
