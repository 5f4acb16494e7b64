package org.qicommons.group;

/** A member's role within one group. */
public enum GroupRole {
    OWNER,
    MODERATOR,
    MEMBER;

    public boolean moderates() {
        return this == OWNER || this == MODERATOR;
    }
}
