package org.qicommons.group;

/** Where a membership stands: only ACTIVE memberships give any rights. */
public enum MembershipStatus {
    ACTIVE,
    /** Asked to join a REQUEST group; waits for an owner or moderator. */
    REQUESTED,
    /** Invited by an owner or moderator; becomes ACTIVE when the invitee joins. */
    INVITED
}
