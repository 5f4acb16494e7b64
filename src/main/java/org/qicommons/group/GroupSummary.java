package org.qicommons.group;

/**
 * A group in a list, with how many active members it has and the viewer's own membership (null
 * when they have none, including every anonymous viewer).
 */
public record GroupSummary(Group group, long memberCount, GroupMembership mine) {

    /** Invited and not yet answered. */
    public boolean invited() {
        return mine != null && mine.getStatus() == MembershipStatus.INVITED;
    }
}
