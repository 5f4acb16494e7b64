-- Issue 10: e-mail about notifications, and the one-click way to stop it.

-- A member's notification settings; no row means the defaults (an e-mail for each reply to them).
-- unsubscribe_key: a random secret in every such e-mail's unsubscribe link (RFC 8058 one-click),
-- which turns that e-mail off without signing in; unique, looked up by value.
CREATE TABLE notification_setting (
    member_id        BIGINT      NOT NULL PRIMARY KEY,
    email_replies    BOOLEAN     NOT NULL,
    unsubscribe_key  VARCHAR(64) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notification_setting_member_fk FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT notification_setting_key UNIQUE (unsubscribe_key)
);

-- The unsubscribe address a message carries in its List-Unsubscribe header, when it has one.
ALTER TABLE mail_outbox ADD COLUMN unsubscribe_url VARCHAR(2000);
