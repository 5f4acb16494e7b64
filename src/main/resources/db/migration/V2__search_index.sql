-- Search index bookkeeping.
-- database_identity: one row holding a random id, written by the application the first time the
-- search index starts (portable SQL has no random UUID function shared by H2 and PostgreSQL). The
-- index stores it in its commit data; an index whose id differs was built from another database
-- (a fresh in-memory test database, a restored backup) and is rebuilt.
CREATE TABLE database_identity (
    singleton   INTEGER      NOT NULL PRIMARY KEY,
    database_id VARCHAR(36)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT database_identity_singleton_ck CHECK (singleton = 1)
);
