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

-- A password reset link: only the hash of its secret is kept; it expires and works once.
CREATE SEQUENCE password_reset_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE password_reset (
    id          BIGINT      NOT NULL PRIMARY KEY,
    member_id   BIGINT      NOT NULL REFERENCES member (id),
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT password_reset_hash_uq UNIQUE (token_hash)
);
CREATE INDEX password_reset_member_ix ON password_reset (member_id);
