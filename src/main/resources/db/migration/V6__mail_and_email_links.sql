-- E-mail goes through an outbox: a message is a row written in the transaction that decided to send
-- it (so it leaves only if that commits), and a background task delivers it, retrying with back-off.
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mail_outbox (
    id              BIGINT         NOT NULL PRIMARY KEY,
    recipient       VARCHAR(320)   NOT NULL,
    subject         VARCHAR(300)   NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);
CREATE INDEX mail_outbox_due_ix ON mail_outbox (sent_at, next_attempt_at);

-- A link e-mailed to a member: to reset their password, or to confirm their e-mail address. Only the
-- hash of its secret is kept; it expires and works once.
CREATE SEQUENCE email_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE email_link (
    id          BIGINT      NOT NULL PRIMARY KEY,
    member_id   BIGINT      NOT NULL REFERENCES member (id),
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT email_link_hash_uq UNIQUE (token_hash)
);
CREATE INDEX email_link_member_ix ON email_link (member_id, purpose);

-- Members who joined before e-mail confirmation existed count as confirmed from when they joined.
ALTER TABLE member ADD COLUMN email_confirmed_at TIMESTAMP WITH TIME ZONE;
UPDATE member SET email_confirmed_at = created_at;
