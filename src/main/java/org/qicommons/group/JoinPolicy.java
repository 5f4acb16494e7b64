package org.qicommons.group;

/** How someone becomes a member of a group. */
public enum JoinPolicy {
    /** Anyone who can read the group may join at once. */
    OPEN,
    /** Joining asks; an owner or moderator approves. */
    REQUEST,
    /** Only people an owner or moderator invited may join. */
    INVITE
}
