-- QI projects (issue 9): what an improvement project records under the Model for Improvement. A
-- project is one aggregate: its team, stages, measures, change ideas and PDSA cycles are written only
-- through it. Who may read it follows from reach (PUBLIC, MEMBERS, GROUP with group_id, TEAM) and its
-- team (access.AccessPolicy); shares to organisations come with the share table.
CREATE SEQUENCE project_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE project (
    id            BIGINT        NOT NULL PRIMARY KEY,
    title         VARCHAR(200)  NOT NULL,
    summary       VARCHAR(2000) NOT NULL,
    aim           VARCHAR(2000),
    problem       VARCHAR(4000),
    setting       VARCHAR(30)   NOT NULL,
    stage         VARCHAR(30)   NOT NULL,
    reach         VARCHAR(20)   NOT NULL,
    group_id      BIGINT,
    lead_id       BIGINT        NOT NULL,
    core20plus5   VARCHAR(40),
    data_quality  VARCHAR(4000),
    learning      VARCHAR(20000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT project_group_fk FOREIGN KEY (group_id) REFERENCES qi_group (id),
    CONSTRAINT project_lead_fk FOREIGN KEY (lead_id) REFERENCES member (id),
    CONSTRAINT project_reach_group_ck CHECK ((reach = 'GROUP') = (group_id IS NOT NULL))
);
CREATE INDEX project_updated_ix ON project (updated_at);
CREATE INDEX project_group_ix ON project (group_id);

-- The lead is on the team too (role LEAD), so "is on the team" is one lookup.
CREATE TABLE project_team (
    project_id  BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT project_team_pk PRIMARY KEY (project_id, member_id),
    CONSTRAINT project_team_project_fk FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT project_team_member_fk FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX project_team_member_ix ON project_team (member_id);

CREATE TABLE project_organisation (
    project_id       BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    CONSTRAINT project_organisation_pk PRIMARY KEY (project_id, organisation_id),
    CONSTRAINT project_organisation_project_fk FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT project_organisation_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX project_organisation_organisation_ix ON project_organisation (organisation_id);

CREATE TABLE project_equity_focus (
    project_id  BIGINT      NOT NULL,
    focus       VARCHAR(40) NOT NULL,
    CONSTRAINT project_equity_focus_pk PRIMARY KEY (project_id, focus),
    CONSTRAINT project_equity_focus_project_fk FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE TABLE project_tag (
    project_id  BIGINT      NOT NULL,
    tag         VARCHAR(40) NOT NULL,
    CONSTRAINT project_tag_pk PRIMARY KEY (project_id, tag),
    CONSTRAINT project_tag_project_fk FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX project_tag_tag_ix ON project_tag (tag);

-- The groups where a project is discussed (a link, not an audience: reading the project is decided by reach).
CREATE TABLE project_group (
    project_id  BIGINT NOT NULL,
    group_id    BIGINT NOT NULL,
    CONSTRAINT project_group_pk PRIMARY KEY (project_id, group_id),
    CONSTRAINT project_group_project_fk FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT project_group_group_fk FOREIGN KEY (group_id) REFERENCES qi_group (id)
);

-- Each stage the project entered and from when (the newest is the project's stage).
CREATE TABLE project_stage (
    project_id  BIGINT      NOT NULL,
    stage       VARCHAR(30) NOT NULL,
    since       DATE        NOT NULL,
    CONSTRAINT project_stage_project_fk FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX project_stage_project_ix ON project_stage (project_id);

CREATE SEQUENCE project_measure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE project_measure (
    id          BIGINT        NOT NULL PRIMARY KEY,
    project_id  BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    definition  VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT project_measure_project_fk FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX project_measure_project_ix ON project_measure (project_id);

CREATE SEQUENCE project_change_idea_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE project_change_idea (
    id          BIGINT        NOT NULL PRIMARY KEY,
    project_id  BIGINT        NOT NULL,
    description VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT project_change_idea_project_fk FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX project_change_idea_project_ix ON project_change_idea (project_id);

-- A Plan-Do-Study-Act cycle: the plan carries a prediction; act is the decision (ADOPT, ADAPT,
-- ABANDON), empty while the cycle runs.
CREATE SEQUENCE pdsa_cycle_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE pdsa_cycle (
    id          BIGINT        NOT NULL PRIMARY KEY,
    project_id  BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    plan        VARCHAR(4000) NOT NULL,
    prediction  VARCHAR(2000) NOT NULL,
    do_notes    VARCHAR(4000),
    study       VARCHAR(4000),
    act         VARCHAR(10),
    act_notes   VARCHAR(4000),
    started_on  DATE          NOT NULL,
    ended_on    DATE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  BIGINT        NOT NULL,
    CONSTRAINT pdsa_cycle_project_fk FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT pdsa_cycle_author_fk FOREIGN KEY (created_by) REFERENCES member (id)
);
CREATE INDEX pdsa_cycle_project_ix ON pdsa_cycle (project_id);
