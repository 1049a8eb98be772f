-- The plan view and who may read it become rebuildable beside the version coordinators read,
-- like the reports (V13), the timeline (V17) and the ledger (V18).
ALTER TABLE plan_view RENAME TO plan_view_a;
ALTER TABLE plan_view_access RENAME TO plan_view_access_a;

CREATE TABLE plan_view_b (
    trajectory_id       UUID         NOT NULL,
    version             BIGINT       NOT NULL,
    family_name         VARCHAR(200),
    municipality        VARCHAR(200),
    coordinator_name    VARCHAR(200),
    opened_on           DATE,
    status              VARCHAR(32),
    document            TEXT         NOT NULL,
    coordinator_user_id VARCHAR(200),
    CONSTRAINT plan_view_b_pk PRIMARY KEY (trajectory_id)
);
CREATE INDEX plan_view_b_opened_ix ON plan_view_b (opened_on);
CREATE INDEX plan_view_b_coordinator_ix ON plan_view_b (coordinator_user_id);

CREATE TABLE plan_view_access_b (
    trajectory_id  UUID         NOT NULL,
    participant_id UUID         NOT NULL,
    user_id        VARCHAR(200) NOT NULL,
    CONSTRAINT plan_view_access_b_pk PRIMARY KEY (trajectory_id, participant_id)
);
CREATE INDEX plan_view_access_b_user_ix ON plan_view_access_b (user_id);

INSERT INTO projection_slot (projection, slot, state, version) VALUES ('plan-view', 'a', 'ACTIVE', 1);
INSERT INTO projection_slot (projection, slot, state, version) VALUES ('plan-view', 'b', 'IDLE', 0);
UPDATE tokenentry SET processorname = 'plan-view-a' WHERE processorname = 'plan-view';
