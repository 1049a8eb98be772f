-- The timeline becomes rebuildable beside the version coordinators read, like the reports (V13).
ALTER TABLE timeline_entry RENAME TO timeline_entry_a;
ALTER TABLE timeline_party RENAME TO timeline_party_a;

CREATE TABLE timeline_entry_b (
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
    CONSTRAINT timeline_entry_b_pk PRIMARY KEY (trajectory_id, sequence_number)
);

CREATE TABLE timeline_party_b (
    trajectory_id UUID         NOT NULL,
    party_id      UUID         NOT NULL,
    name          VARCHAR(200) NOT NULL,
    CONSTRAINT timeline_party_b_pk PRIMARY KEY (trajectory_id, party_id)
);

INSERT INTO projection_slot (projection, slot, state, version) VALUES ('timeline', 'a', 'ACTIVE', 1);
INSERT INTO projection_slot (projection, slot, state, version) VALUES ('timeline', 'b', 'IDLE', 0);
UPDATE tokenentry SET processorname = 'timeline-a' WHERE processorname = 'timeline';
