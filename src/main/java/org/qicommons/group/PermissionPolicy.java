package org.qicommons.group;

import org.qicommons.member.Viewer;

/**
 * The one permission rule of QI Commons. Everything a viewer may read, post, edit or moderate is
 * decided here from three facts: the group's visibility, whether the viewer is signed in, and the
 * viewer's role if they are an active member of the group ({@code null} otherwise). List queries
 * use {@link #READABLE_GROUP}, the same rule written as JPQL; a test checks the two agree.
 */
public final class PermissionPolicy {
    /**
     * JPQL condition on a group alias {@code g} true exactly when {@link #canRead} is. Parameters:
     * {@code :signedIn} (boolean) and {@code :viewerId} (the member id, or -1 when anonymous).
     */
    public static final String READABLE_GROUP = "(g.visibility = org.qicommons.group.Visibility.PUBLIC"
            + " or (:signedIn = true and g.visibility = org.qicommons.group.Visibility.MEMBERS)"
            + " or exists (select gm.id from GroupMembership gm where gm.groupId = g.id"
            + " and gm.member.id = :viewerId and gm.status = org.qicommons.group.MembershipStatus.ACTIVE))";

    private PermissionPolicy() {}

    public static boolean canRead(Visibility visibility, Viewer viewer, GroupRole role) {
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> viewer.signedIn();
            case PRIVATE -> viewer.signedIn() && role != null;
        };
    }

    /** Only active members post, and only where they can read. */
    public static boolean canPost(Visibility visibility, Viewer viewer, GroupRole role) {
        return viewer.signedIn() && role != null && canRead(visibility, viewer, role);
    }

    public static boolean canModerate(Visibility visibility, Viewer viewer, GroupRole role) {
        return canPost(visibility, viewer, role) && role.moderates();
    }

    /** Authors edit and delete their own posts while they can still read the group. */
    public static boolean canChangeOwnPost(Visibility visibility, Viewer viewer, GroupRole role, Long authorId) {
        return viewer.is(authorId) && canRead(visibility, viewer, role);
    }

    /** Roles are changed by owners only; moderators approve, invite and remove members. */
    public static boolean canChangeRoles(Visibility visibility, Viewer viewer, GroupRole role) {
        return canPost(visibility, viewer, role) && role == GroupRole.OWNER;
    }

    /**
     * An archived group is kept for reading: nobody posts, replies, edits a post, joins or is invited
     * until an owner restores it. Moderators can still hide a post (confidential information found
     * later must still come down) and owners can still change roles and the group's settings.
     */
    public static boolean acceptsWriting(Group group) {
        return !group.isArchived();
    }

    /** The group's name, description, visibility, join policy and archiving: its owners. */
    public static boolean canManageGroup(Visibility visibility, Viewer viewer, GroupRole role) {
        return canChangeRoles(visibility, viewer, role);
    }

    /** The parameter value for {@code :viewerId} in {@link #READABLE_GROUP}. */
    public static long viewerIdParameter(Viewer viewer) {
        return viewer.signedIn() ? viewer.memberId() : -1L;
    }
}
