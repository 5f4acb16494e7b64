package org.qicommons.group;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.qicommons.member.Viewer;

/**
 * Use cases for groups and memberships. Every method takes the viewer; a group the viewer may not
 * read is reported as not found.
 */
public interface GroupService {
    int MAX_NAME = 120;
    int MAX_DESCRIPTION = 2000;

    GroupAccess createGroup(Viewer creator, NewGroup request);

    /**
     * The groups the viewer may read and those they are invited to (so that an invitation to a
     * private group can be seen and accepted), by name, each with the viewer's membership.
     */
    List<GroupSummary> listGroups(Viewer viewer);

    /** The group if the viewer may read it; NotFoundException otherwise. */
    GroupAccess findGroup(Viewer viewer, String slug);

    /**
     * The group if the viewer may read it or is invited to it: an invitation shows the group's name
     * and description to its invitee, nothing more; NotFoundException for anyone else who may not read it.
     */
    GroupAccess findGroupOrInvitation(Viewer viewer, String slug);

    /** The viewer's access to a group already loaded (e.g. through a discussion); NotFoundException if unreadable. */
    GroupAccess accessTo(Viewer viewer, Group group);

    /**
     * The viewer's access to each of these groups that they may read, by group id, with one query
     * for all their memberships (a stream mixing groups needs them all); unreadable ones are left out.
     */
    Map<Long, GroupAccess> readableAccess(Viewer viewer, Collection<Group> groups);

    /** Which of these groups (by id) the viewer may read, by name: one query, the policy's own JPQL. */
    List<Group> readableGroups(Viewer viewer, Collection<Long> groupIds);

    /** The groups a member is an active member of that the viewer may read, by name. */
    List<Group> groupsOf(Viewer viewer, long memberId);

    /** Joins an OPEN group (or one the viewer was invited to), or asks to join a REQUEST group. */
    GroupMembership joinGroup(Viewer viewer, String slug);

    /** An owner or moderator invites a member to the group. */
    GroupMembership inviteMember(Viewer viewer, String slug, long memberId);

    /**
     * An owner or moderator invites whoever has this e-mail address (InvalidInputException on
     * {@code email} if it is not one). A member who has confirmed it is invited as by
     * {@link #inviteMember} and told by e-mail; anyone else is e-mailed an invitation to sign up, and
     * is invited once they confirm the address. Either way the answer is the invitation by address,
     * so the inviter never learns whether the address has an account. A repeat keeps the one
     * invitation; it lapses after 30 days.
     */
    EmailInvitation inviteByEmail(Viewer viewer, String slug, String email);

    /**
     * Invitations not yet accepted, oldest first; for the group's owners and moderators only (others:
     * 403). Those made by e-mail address are not among them: see {@link #listEmailInvitations}.
     */
    List<GroupMembership> listInvitations(Viewer viewer, String slug);

    /** Invitations by e-mail address that still stand, oldest first; owners and moderators only. */
    List<EmailInvitation> listEmailInvitations(Viewer viewer, String slug);

    /** Withdraws the invitation to this address (NotFoundException if there is none standing). */
    void cancelEmailInvitation(Viewer viewer, String slug, String email);

    /** An owner or moderator withdraws an invitation not yet accepted; NotFoundException if there is none. */
    void cancelInvitation(Viewer viewer, String slug, long memberId);

    /**
     * An owner changes the group's name, description, visibility or join policy (null: keep); the
     * slug, and so every link to the group, stays. Others who can read it: 403.
     */
    GroupAccess changeGroup(Viewer viewer, String slug, GroupChange change);

    /** An owner archives the group (read-only for everyone) or restores it. */
    GroupAccess archiveGroup(Viewer viewer, String slug, boolean archived);

    /** Approves a request (moderators) and/or changes a member's role (owners). */
    GroupMembership updateMembership(Viewer viewer, String slug, long memberId, MembershipChange change);

    /**
     * A member leaves (or declines an invitation, or withdraws a request), or an owner or moderator
     * removes someone (or declines a request).
     */
    void removeMembership(Viewer viewer, String slug, long memberId);

    /** Active members for anyone who can read the group; pending ones too for moderators. */
    List<GroupMembership> listMemberships(Viewer viewer, String slug);

    /**
     * A page of the group's active members, owners first, then moderators, then the rest, each by
     * name; with how many there are and, for its owners and moderators, how many ask to join.
     */
    MemberPage listMembers(Viewer viewer, String slug, int offset, int limit);

    /** Requests to join, oldest first; for the group's owners and moderators only (others: 403). */
    List<GroupMembership> listRequests(Viewer viewer, String slug);

    /** {@code waiting}: requests to join, counted only for those who may act on them (else 0). */
    record MemberPage(GroupAccess access, long total, List<GroupMembership> members, long waiting) {}

    record NewGroup(String name, String description, String visibility, String joinPolicy) {}

    /** What an owner changes; a null field keeps its value. */
    record GroupChange(String name, String description, String visibility, String joinPolicy) {}

    /** {@code approve}: make a requested membership active; {@code role}: the new role, or null to keep it. */
    record MembershipChange(boolean approve, String role) {}
}
