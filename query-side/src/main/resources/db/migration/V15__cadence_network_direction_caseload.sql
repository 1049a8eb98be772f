-- What the round-table, network, direction-level and caseload reports and the organisation
-- filter count, in both slots. Rows projected before this migration lack it until the report
-- projection is rebuilt (POST /api/projections/trajectory-report/rebuild).

ALTER TABLE trajectory_report_a ADD COLUMN coordinator_key VARCHAR(255);
ALTER TABLE trajectory_report_a ADD COLUMN coordinator_organisation VARCHAR(200);
ALTER TABLE trajectory_report_a ADD COLUMN round_table_interval INTEGER NOT NULL DEFAULT 90;
ALTER TABLE agreement_report_a ADD COLUMN start_date DATE;
ALTER TABLE agreement_report_a ADD COLUMN carried_by VARCHAR(20);

CREATE TABLE participant_report_a (
    trajectory_id  UUID         NOT NULL,
    participant_id UUID         NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    organisation   VARCHAR(200),
    user_id        VARCHAR(255),
    withdrawn_on   DATE,
    CONSTRAINT participant_report_a_pk PRIMARY KEY (trajectory_id, participant_id)
);

CREATE TABLE round_table_report_a (
    trajectory_id      UUID         NOT NULL,
    round_table_number INTEGER      NOT NULL,
    municipality       VARCHAR(200) NOT NULL,
    held_on            DATE         NOT NULL,
    CONSTRAINT round_table_report_a_pk PRIMARY KEY (trajectory_id, round_table_number)
);

CREATE TABLE direction_report_a (
    trajectory_id   UUID         NOT NULL,
    sequence_number BIGINT       NOT NULL,
    municipality    VARCHAR(200) NOT NULL,
    member_id       UUID         NOT NULL,
    life_domain     VARCHAR(40),
    level           VARCHAR(40)  NOT NULL,
    recorded_on     DATE         NOT NULL,
    CONSTRAINT direction_report_a_pk PRIMARY KEY (trajectory_id, sequence_number)
);

ALTER TABLE trajectory_report_b ADD COLUMN coordinator_key VARCHAR(255);
ALTER TABLE trajectory_report_b ADD COLUMN coordinator_organisation VARCHAR(200);
ALTER TABLE trajectory_report_b ADD COLUMN round_table_interval INTEGER NOT NULL DEFAULT 90;
ALTER TABLE agreement_report_b ADD COLUMN start_date DATE;
ALTER TABLE agreement_report_b ADD COLUMN carried_by VARCHAR(20);

CREATE TABLE participant_report_b (
    trajectory_id  UUID         NOT NULL,
    participant_id UUID         NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    organisation   VARCHAR(200),
    user_id        VARCHAR(255),
    withdrawn_on   DATE,
    CONSTRAINT participant_report_b_pk PRIMARY KEY (trajectory_id, participant_id)
);

CREATE TABLE round_table_report_b (
    trajectory_id      UUID         NOT NULL,
    round_table_number INTEGER      NOT NULL,
    municipality       VARCHAR(200) NOT NULL,
    held_on            DATE         NOT NULL,
    CONSTRAINT round_table_report_b_pk PRIMARY KEY (trajectory_id, round_table_number)
);

CREATE TABLE direction_report_b (
    trajectory_id   UUID         NOT NULL,
    sequence_number BIGINT       NOT NULL,
    municipality    VARCHAR(200) NOT NULL,
    member_id       UUID         NOT NULL,
    life_domain     VARCHAR(40),
    level           VARCHAR(40)  NOT NULL,
    recorded_on     DATE         NOT NULL,
    CONSTRAINT direction_report_b_pk PRIMARY KEY (trajectory_id, sequence_number)
);
