-- Invitations to a group by e-mail address. The address is kept as the inviter typed it (trimmed, lower
-- case), to list the invitation to the group's owners and moderators, who know it already; it is never
-- shown to anyone else. member_id is set once a member who has confirmed the address has been invited
-- through it (a group_membership row with status INVITED): that invitation is then still listed by the
-- address, so the inviter never learns whose address it is. One invitation per group and address; it
-- lapses after 30 days, with the membership invitation it made if that was not answered.
CREATE SEQUENCE group_email_invitation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE group_email_invitation (
    id          BIGINT       NOT NULL PRIMARY KEY,
    group_id    BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    invited_by  BIGINT       NOT NULL,
    member_id   BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT group_email_invitation_uq UNIQUE (group_id, email),
    CONSTRAINT group_email_invitation_group_fk FOREIGN KEY (group_id) REFERENCES qi_group (id),
    CONSTRAINT group_email_invitation_inviter_fk FOREIGN KEY (invited_by) REFERENCES member (id),
    CONSTRAINT group_email_invitation_member_fk FOREIGN KEY (member_id) REFERENCES member (id)
);
-- a member confirming an address looks up the invitations waiting for it
CREATE INDEX group_email_invitation_email_ix ON group_email_invitation (email);
CREATE INDEX group_email_invitation_expiry_ix ON group_email_invitation (expires_at);

-- A link to confirm a new e-mail address (purpose CHANGE_EMAIL) carries the address it confirms; the
-- member's address changes only when the link is followed.
ALTER TABLE email_link ADD COLUMN new_email VARCHAR(254);
