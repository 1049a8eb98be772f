-- Answers to commands sent with an Idempotency-Key, per user, so that a retried request (a lost
-- answer, a double click, another node) gets the first answer and stores nothing again. Kept 24 h.
CREATE TABLE command_idempotency (
    user_id          VARCHAR(200)             NOT NULL,
    idempotency_key  VARCHAR(200)             NOT NULL,
    fingerprint      VARCHAR(100)             NOT NULL,
    state            VARCHAR(20)              NOT NULL,
    response_status  INTEGER,
    response_type    VARCHAR(200),
    response_token   VARCHAR(200),
    response_location VARCHAR(1000),
    response_body    TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT command_idempotency_pk PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX command_idempotency_created_ix ON command_idempotency (created_at);
