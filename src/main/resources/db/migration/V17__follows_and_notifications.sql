-- Issue 10: follows, and notifications made from the change log through their own durable cursor.

-- Where each consumer of the change log stands (besides the search index, whose position is in the
-- index itself). Moved in the same transaction as what the consumer wrote for the entries it read, so
-- a crash neither loses nor repeats one. The log is pruned only below every cursor.
CREATE TABLE change_cursor (
    consumer    VARCHAR(40) NOT NULL PRIMARY KEY,
    position    BIGINT      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- notifications start from now: what happened before this version is not announced
INSERT INTO change_cursor (consumer, position, updated_at)
    SELECT 'notifications', COALESCE(MAX(seq), 0), CURRENT_TIMESTAMP FROM change_log;

-- A member follows a discussion, a group, a project or a member, at a level.
CREATE TABLE follow (
    id           BIGINT      NOT NULL PRIMARY KEY,
    member_id    BIGINT      NOT NULL,
    target_kind  VARCHAR(20) NOT NULL,
    target_id    BIGINT      NOT NULL,
    follow_level VARCHAR(30) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT follow_member_fk FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT follow_unique UNIQUE (member_id, target_kind, target_id)
);
CREATE INDEX follow_target_ix ON follow (target_kind, target_id);
CREATE SEQUENCE follow_seq START WITH 50 INCREMENT BY 50;

-- One notification per change and recipient (the unique key makes a replayed entry harmless).
CREATE TABLE notification (
    id             BIGINT      NOT NULL PRIMARY KEY,
    recipient_id   BIGINT      NOT NULL,
    reason         VARCHAR(40) NOT NULL,
    change_seq     BIGINT      NOT NULL,
    actor_id       BIGINT,
    post_id        BIGINT,
    discussion_id  BIGINT,
    group_id       BIGINT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_recipient_fk FOREIGN KEY (recipient_id) REFERENCES member (id),
    CONSTRAINT notification_once UNIQUE (change_seq, recipient_id)
);
CREATE INDEX notification_recipient_ix ON notification (recipient_id, id);
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
