-- Sharing an item that is not public with one organisation (issue 9): a member asks, with a reason; the
-- item's author (or, for a discussion, an owner of its group) approves or declines; once approved the
-- organisation's verified members read exactly that item, until the share is withdrawn. Rows are never
-- deleted: every request, decision and withdrawal stays, with who, when and why.
CREATE SEQUENCE share_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE share (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    item_kind          VARCHAR(20)   NOT NULL,
    item_id            BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    requested_by       BIGINT        NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by         BIGINT,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decision_note      VARCHAR(2000),
    withdrawn_by       BIGINT,
    withdrawn_at       TIMESTAMP WITH TIME ZONE,
    withdrawal_reason  VARCHAR(2000),
    CONSTRAINT share_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT share_requested_by_fk FOREIGN KEY (requested_by) REFERENCES member (id),
    CONSTRAINT share_decided_by_fk FOREIGN KEY (decided_by) REFERENCES member (id),
    CONSTRAINT share_withdrawn_by_fk FOREIGN KEY (withdrawn_by) REFERENCES member (id)
);
-- the access rule asks "is this item shared with this organisation" on every read of a shared item
CREATE INDEX share_item_ix ON share (item_kind, item_id, status);
-- the Shared learning list asks "what is shared with this organisation"
CREATE INDEX share_organisation_ix ON share (organisation_id, status);
