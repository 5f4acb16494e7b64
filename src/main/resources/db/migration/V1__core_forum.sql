-- Core forum schema: organisations, members, groups, discussions and threaded posts.
-- The same script runs on H2 and PostgreSQL, so it keeps to SQL both understand.
-- Ids come from sequences whose start equals the JPA allocation size (see STACK.md: IDENTITY
-- does not work with EclipseLink on H2).

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE access_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE qi_group_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE group_membership_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE discussion_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE post_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE post_revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    -- lower-cased, space-collapsed name: keeps "Leeds Teaching Hospitals" from being created twice
    name_key    VARCHAR(200) NOT NULL,
    type        VARCHAR(40)  NOT NULL,
    region      VARCHAR(80),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organisation_name_key_uq UNIQUE (name_key)
);

CREATE TABLE member (
    id              BIGINT        NOT NULL PRIMARY KEY,
    email           VARCHAR(254)  NOT NULL,
    display_name    VARCHAR(100)  NOT NULL,
    password_hash   VARCHAR(512)  NOT NULL,
    organisation_id BIGINT,
    job_title       VARCHAR(150),
    bio             VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT member_email_uq UNIQUE (email),
    CONSTRAINT member_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE access_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    member_id    BIGINT       NOT NULL,
    -- SHA-256 of the token: the token itself is shown once and never stored
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT access_token_hash_uq UNIQUE (token_hash),
    CONSTRAINT access_token_member_fk FOREIGN KEY (member_id) REFERENCES member (id)
);

CREATE TABLE qi_group (
    id           BIGINT        NOT NULL PRIMARY KEY,
    slug         VARCHAR(80)   NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    description  VARCHAR(2000),
    visibility   VARCHAR(10)   NOT NULL,
    join_policy  VARCHAR(10)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT qi_group_slug_uq UNIQUE (slug)
);

CREATE TABLE group_membership (
    id          BIGINT      NOT NULL PRIMARY KEY,
    group_id    BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    role        VARCHAR(10) NOT NULL,
    status      VARCHAR(10) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT group_membership_uq UNIQUE (group_id, member_id),
    CONSTRAINT group_membership_group_fk FOREIGN KEY (group_id) REFERENCES qi_group (id),
    CONSTRAINT group_membership_member_fk FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX group_membership_member_ix ON group_membership (member_id, status);

CREATE TABLE discussion (
    id                BIGINT       NOT NULL PRIMARY KEY,
    group_id          BIGINT       NOT NULL,
    author_id         BIGINT       NOT NULL,
    title             VARCHAR(300),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    post_count        INTEGER      NOT NULL,
    -- numbers posts within the discussion; the numbers make up each post's thread path
    next_post_number  INTEGER      NOT NULL,
    -- set when the opening post is deleted with no replies left: the discussion leaves every list
    deleted_at        TIMESTAMP WITH TIME ZONE,
    version           BIGINT       NOT NULL,
    CONSTRAINT discussion_group_fk FOREIGN KEY (group_id) REFERENCES qi_group (id),
    CONSTRAINT discussion_author_fk FOREIGN KEY (author_id) REFERENCES member (id)
);
-- the activity stream: newest activity first, keyset-paginated on (last_activity_at, id)
CREATE INDEX discussion_activity_ix ON discussion (group_id, last_activity_at, id);
CREATE INDEX discussion_recent_ix ON discussion (last_activity_at, id);

CREATE TABLE post (
    id             BIGINT        NOT NULL PRIMARY KEY,
    discussion_id  BIGINT        NOT NULL,
    post_number    INTEGER       NOT NULL,
    reply_to_id    BIGINT,
    -- materialised path: the zero-padded post numbers of every ancestor and of the post itself,
    -- so "ORDER BY thread_path" reads a whole thread in order in one query. Digits only, so
    -- every database collation sorts it the same way. Not indexed: long paths would overflow a
    -- PostgreSQL b-tree entry, and posts are always read within one discussion.
    thread_path    VARCHAR(60000) NOT NULL,
    depth          INTEGER       NOT NULL,
    author_id      BIGINT        NOT NULL,
    body           VARCHAR(50000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at      TIMESTAMP WITH TIME ZONE,
    deleted_at     TIMESTAMP WITH TIME ZONE,
    hidden_at      TIMESTAMP WITH TIME ZONE,
    hidden_by_id   BIGINT,
    version        BIGINT        NOT NULL,
    CONSTRAINT post_number_uq UNIQUE (discussion_id, post_number),
    CONSTRAINT post_discussion_fk FOREIGN KEY (discussion_id) REFERENCES discussion (id),
    CONSTRAINT post_reply_to_fk FOREIGN KEY (reply_to_id) REFERENCES post (id),
    CONSTRAINT post_author_fk FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT post_hidden_by_fk FOREIGN KEY (hidden_by_id) REFERENCES member (id)
);
CREATE INDEX post_author_ix ON post (author_id);

CREATE TABLE post_revision (
    id          BIGINT         NOT NULL PRIMARY KEY,
    post_id     BIGINT         NOT NULL,
    editor_id   BIGINT         NOT NULL,
    -- when the text below was replaced; the text is the version before that edit
    replaced_at TIMESTAMP WITH TIME ZONE NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    body        VARCHAR(50000) NOT NULL,
    CONSTRAINT post_revision_post_fk FOREIGN KEY (post_id) REFERENCES post (id),
    CONSTRAINT post_revision_editor_fk FOREIGN KEY (editor_id) REFERENCES member (id)
);
CREATE INDEX post_revision_post_ix ON post_revision (post_id);

-- The transactional outbox: every change appends a row in the same transaction; the search
-- indexer reads it in sequence order (ARCHITECTURE.md, write path).
CREATE TABLE change_log (
    seq          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    entity_type  VARCHAR(40) NOT NULL,
    entity_id    BIGINT      NOT NULL,
    operation    VARCHAR(20) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
