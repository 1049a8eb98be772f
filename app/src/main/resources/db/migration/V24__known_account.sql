-- Accounts that signed in to OnePlan at least once: a coordinator links a colleague by looking
-- them up here by name or e-mail, and OnePlan stores the stable id their token carries.
CREATE TABLE known_account (
    user_id      VARCHAR(255)             NOT NULL,
    display_name VARCHAR(200)             NOT NULL,
    email        VARCHAR(320),
    organisation VARCHAR(200),
    first_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT known_account_pk PRIMARY KEY (user_id)
);
