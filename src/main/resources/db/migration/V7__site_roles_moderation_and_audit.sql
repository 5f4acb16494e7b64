-- Site roles live in the database, granted by an administrator (QIC_ADMIN_EMAILS only bootstraps the
-- first one). One row per role a member holds.
CREATE TABLE member_site_role (
    member_id  BIGINT      NOT NULL REFERENCES member (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (member_id, role)
);

-- Who did what, to what, when and why: every moderation, role and verification action. Rows are only
-- ever added. The target's label is copied so the trail still reads rightly after a rename or deletion.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- null: the site itself (an automatic hide after three flags, the first administrator's bootstrap)
    actor_id      BIGINT        REFERENCES member (id),
    action        VARCHAR(40)   NOT NULL,
    target_type   VARCHAR(20)   NOT NULL,
    target_id     BIGINT        NOT NULL,
    target_label  VARCHAR(300)  NOT NULL,
    reason        VARCHAR(1000),
    detail        VARCHAR(1000)
);
CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_ix ON audit_event (actor_id, occurred_at);
CREATE INDEX audit_event_action_ix ON audit_event (action, occurred_at);

-- An organisation is verified by a site administrator; until then an official type (regulator, NHS
-- trust, ICB, local authority) shows as unverified and counts for nothing. The optional e-mail domain
-- says whose membership of it is believed: only members with a confirmed address at that domain.
ALTER TABLE organisation ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organisation ADD COLUMN verified_by_id BIGINT REFERENCES member (id);
ALTER TABLE organisation ADD COLUMN email_domain VARCHAR(100);
ALTER TABLE organisation ADD COLUMN created_by_id BIGINT REFERENCES member (id);

-- Moderation. A suspended member reads but does not write until the date passes.
ALTER TABLE member ADD COLUMN suspended_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE member ADD COLUMN suspension_reason VARCHAR(1000);

-- A locked discussion takes no new replies or edits (its group's moderators and the site's still can).
ALTER TABLE discussion ADD COLUMN locked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE discussion ADD COLUMN locked_by_id BIGINT REFERENCES member (id);

-- A member's flag on a post: one per member and post. Open until a moderator hides the post
-- (upheld) or keeps it (dismissed); three open flags from different members hide the post meanwhile.
CREATE SEQUENCE post_flag_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE post_flag (
    id              BIGINT        NOT NULL PRIMARY KEY,
    post_id         BIGINT        NOT NULL REFERENCES post (id),
    member_id       BIGINT        NOT NULL REFERENCES member (id),
    reason          VARCHAR(30)   NOT NULL,
    note            VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    resolved_by_id  BIGINT        REFERENCES member (id),
    resolution      VARCHAR(20),
    CONSTRAINT post_flag_uq UNIQUE (post_id, member_id)
);
CREATE INDEX post_flag_open_ix ON post_flag (resolved_at, post_id);
