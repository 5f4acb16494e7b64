package org.qicommons.change;

/**
 * What happened to a {@link Subject}. Stored by name in {@code change_log.operation}. Kinds are named
 * for what a consumer needs to tell apart (a reply created, a post hidden by a moderator, a join
 * request waiting), not for the SQL statement that made them.
 */
public enum ChangeKind {
    CREATED,
    /** Its text or settings changed. */
    EDITED,
    DELETED,
    /** A post hidden by moderation (by a moderator, or automatically after flags: no actor). */
    HIDDEN,
    /** A hidden post shown again, or a flagged one kept. */
    SHOWN,
    LOCKED,
    UNLOCKED,
    /** A discussion moved to another group. */
    MOVED,
    ARCHIVED,
    UNARCHIVED,
    /** A member asked to join a group that takes requests, or asked to share an item. */
    REQUESTED,
    INVITED,
    /** A membership became active: an open group joined, an invitation accepted, a request approved. */
    JOINED,
    ROLE_CHANGED,
    /** A membership ended: left, removed, request or invitation withdrawn or declined. */
    ENDED,
    /** An organisation verified, or its verification withdrawn. */
    VERIFIED,
    UNVERIFIED,
    /** A project's team gained or lost a member. */
    TEAM_CHANGED,
    /** A PDSA cycle recorded on a project (a change to one is EDITED). */
    CYCLE_RECORDED,
    /** A share approved: the item opens to the organisation. */
    APPROVED,
    DECLINED,
    /** A share (or a request for one) withdrawn: an approved item closes to the organisation again. */
    WITHDRAWN
}
