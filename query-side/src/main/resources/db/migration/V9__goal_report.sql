-- One row per goal with what the goals report counts; never its description.
CREATE TABLE goal_report (
    trajectory_id   UUID         NOT NULL,
    goal_number     INTEGER      NOT NULL,
    municipality    VARCHAR(200) NOT NULL,
    life_domain     VARCHAR(40)  NOT NULL,
    formulated_by   VARCHAR(40),
    start_date      DATE         NOT NULL,
    achieved_on     DATE,
    dropped_on      DATE,
    first_revised_on DATE,
    CONSTRAINT goal_report_pk PRIMARY KEY (trajectory_id, goal_number)
);
