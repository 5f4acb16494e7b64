-- Issue 10: private conversations between members (two or a small group), threaded like discussions,
-- and blocking. A conversation's posts are a discussion whose place is the conversation.

CREATE SEQUENCE conversation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE conversation (
    id          BIGINT NOT NULL PRIMARY KEY,
    started_by  BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conversation_started_by_fk FOREIGN KEY (started_by) REFERENCES member (id)
);

-- who takes part: only they read the conversation
CREATE TABLE conversation_member (
    conversation_id  BIGINT NOT NULL,
    member_id        BIGINT NOT NULL,
    CONSTRAINT conversation_member_pk PRIMARY KEY (conversation_id, member_id),
    CONSTRAINT conversation_member_conversation_fk FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT conversation_member_member_fk FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX conversation_member_member_ix ON conversation_member (member_id);

-- A discussion takes place in one place: a group, a project, or a private conversation.
ALTER TABLE discussion ADD COLUMN conversation_id BIGINT REFERENCES conversation (id);
ALTER TABLE discussion DROP CONSTRAINT discussion_one_place;
ALTER TABLE discussion ADD CONSTRAINT discussion_one_place CHECK (
    (CASE WHEN group_id IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN project_id IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN conversation_id IS NULL THEN 0 ELSE 1 END) = 1);
CREATE INDEX discussion_conversation_ix ON discussion (conversation_id);

-- A member blocks another: no messages from them, and nothing of theirs is notified to the blocker.
CREATE TABLE member_block (
    blocker_id  BIGINT NOT NULL,
    blocked_id  BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT member_block_pk PRIMARY KEY (blocker_id, blocked_id),
    CONSTRAINT member_block_blocker_fk FOREIGN KEY (blocker_id) REFERENCES member (id),
    CONSTRAINT member_block_blocked_fk FOREIGN KEY (blocked_id) REFERENCES member (id)
);
CREATE INDEX member_block_blocked_ix ON member_block (blocked_id);
