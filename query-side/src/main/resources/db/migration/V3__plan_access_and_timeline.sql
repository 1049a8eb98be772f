-- Which user accounts act as participants of a trajectory. Written in the same transaction as
-- plan_view, so a plan is never readable before (or after) the right people may read it.
CREATE TABLE plan_view_access (
    trajectory_id  UUID         NOT NULL,
    participant_id UUID         NOT NULL,
    user_id        VARCHAR(200) NOT NULL,
    CONSTRAINT plan_view_access_pk PRIMARY KEY (trajectory_id, participant_id)
);
CREATE INDEX plan_view_access_user_ix ON plan_view_access (user_id);

-- The timeline: every event of a trajectory in plain words, with who did it, as it was then.
CREATE TABLE timeline_entry (
    trajectory_id      UUID          NOT NULL,
    sequence_number    BIGINT        NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type         VARCHAR(100)  NOT NULL,
    user_id            VARCHAR(200),
    user_name          VARCHAR(200),
    user_role          VARCHAR(200),
    user_organisation  VARCHAR(200),
    correlation_id     VARCHAR(100),
    description_nl     VARCHAR(4000) NOT NULL,
    description_en     VARCHAR(4000) NOT NULL,
    CONSTRAINT timeline_entry_pk PRIMARY KEY (trajectory_id, sequence_number)
);

-- Names of a trajectory's members and participants, so timeline entries that refer to someone by
-- id can name them as they were called at that moment.
CREATE TABLE timeline_party (
    trajectory_id UUID         NOT NULL,
    party_id      UUID         NOT NULL,
    name          VARCHAR(200) NOT NULL,
    CONSTRAINT timeline_party_pk PRIMARY KEY (trajectory_id, party_id)
);
