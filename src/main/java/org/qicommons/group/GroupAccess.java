package org.qicommons.group;

import org.qicommons.access.ConversationAccess;
import org.qicommons.member.Viewer;

/**
 * A group as one viewer sees it: the group, the viewer, and the viewer's membership (which may be
 * pending, or absent). Answers the policy's questions for this pair.
 *
 * @param throughShare the viewer reads one item of the group (and only that item) because it was
 *     shared with their organisation: read, nothing else
 */
public record GroupAccess(Group group, Viewer viewer, GroupMembership membership, boolean throughShare)
        implements ConversationAccess {

    public GroupAccess(Group group, Viewer viewer, GroupMembership membership) {
        this(group, viewer, membership, false);
    }

    /** Access to one shared item of a group the viewer may not read otherwise. */
    public static GroupAccess throughShare(Group group, Viewer viewer) {
        return new GroupAccess(group, viewer, null, true);
    }

    public GroupRole role() {
        return membership == null ? null : membership.activeRole();
    }

    public MembershipStatus status() {
        return membership == null ? null : membership.getStatus();
    }

    @Override
    public boolean canRead() {
        return throughShare || PermissionPolicy.canRead(group.getVisibility(), viewer, role());
    }

    @Override
    public boolean canPost() {
        return PermissionPolicy.acceptsWriting(group)
                && PermissionPolicy.canPost(group.getVisibility(), viewer, role());
    }

    @Override
    public boolean canModerate() {
        return PermissionPolicy.canModerate(group.getVisibility(), viewer, role());
    }

    public boolean canChangeRoles() {
        return PermissionPolicy.canChangeRoles(group.getVisibility(), viewer, role());
    }

    @Override
    public boolean canChangeOwnPost(Long authorId) {
        return PermissionPolicy.acceptsWriting(group)
                && PermissionPolicy.canChangeOwnPost(group.getVisibility(), viewer, role(), authorId);
    }

    public boolean canManageGroup() {
        return PermissionPolicy.canManageGroup(group.getVisibility(), viewer, role());
    }

    @Override
    public boolean acceptsWriting() {
        return PermissionPolicy.acceptsWriting(group);
    }

    @Override
    public String placeName() {
        return group.getName();
    }

    @Override
    public String postingRefused() {
        return acceptsWriting()
                ? "join the group to post in it"
                : "this group is archived: it can be read but not posted to";
    }

    /** Whether a "Join" (or "Ask to join") button makes sense for this viewer. */
    public boolean canAskToJoin() {
        return viewer.signedIn()
                && canRead()
                && membership == null
                && group.getJoinPolicy() != JoinPolicy.INVITE
                && PermissionPolicy.acceptsWriting(group);
    }

    /** An invited member accepts by joining. */
    public boolean invited() {
        return status() == MembershipStatus.INVITED;
    }
}
