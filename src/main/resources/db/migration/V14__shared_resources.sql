-- Shared resources (issue 9): the tools and learning members share, a file or a link. Who may read one
-- follows from reach (PUBLIC, MEMBERS, GROUP with group_id, TEAM = its author alone) and shares, like a
-- project (access.AccessPolicy). An uploaded file's bytes are in the file store under file_key (never
-- the uploader's name); file_name is kept only to offer the download under its own name.
CREATE SEQUENCE resource_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE resource (
    id               BIGINT        NOT NULL PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    resource_type    VARCHAR(30)   NOT NULL,
    licence          VARCHAR(30)   NOT NULL,
    reach            VARCHAR(20)   NOT NULL,
    group_id         BIGINT,
    author_id        BIGINT        NOT NULL,
    organisation_id  BIGINT,
    link_url         VARCHAR(2000),
    file_key         VARCHAR(80),
    file_name        VARCHAR(255),
    media_type       VARCHAR(120),
    file_size        BIGINT,
    sha256           VARCHAR(64),
    preview_key      VARCHAR(80),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT resource_group_fk FOREIGN KEY (group_id) REFERENCES qi_group (id),
    CONSTRAINT resource_author_fk FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT resource_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT resource_reach_group_ck CHECK ((reach = 'GROUP') = (group_id IS NOT NULL)),
    CONSTRAINT resource_file_or_link_ck CHECK ((link_url IS NULL) <> (file_key IS NULL))
);
CREATE INDEX resource_updated_ix ON resource (updated_at);
CREATE INDEX resource_organisation_ix ON resource (organisation_id);
CREATE INDEX resource_author_ix ON resource (author_id);

CREATE TABLE resource_project (
    resource_id  BIGINT NOT NULL,
    project_id   BIGINT NOT NULL,
    CONSTRAINT resource_project_pk PRIMARY KEY (resource_id, project_id),
    CONSTRAINT resource_project_resource_fk FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT resource_project_project_fk FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE TABLE resource_tag (
    resource_id  BIGINT      NOT NULL,
    tag          VARCHAR(40) NOT NULL,
    CONSTRAINT resource_tag_pk PRIMARY KEY (resource_id, tag),
    CONSTRAINT resource_tag_resource_fk FOREIGN KEY (resource_id) REFERENCES resource (id)
);

-- "We adapted this": a member's organisation took the tool up in one of their projects.
CREATE SEQUENCE resource_adaptation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE resource_adaptation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    resource_id      BIGINT        NOT NULL,
    member_id        BIGINT        NOT NULL,
    organisation_id  BIGINT,
    project_id       BIGINT,
    note             VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT resource_adaptation_resource_fk FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT resource_adaptation_member_fk FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT resource_adaptation_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT resource_adaptation_project_fk FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX resource_adaptation_resource_ix ON resource_adaptation (resource_id);
