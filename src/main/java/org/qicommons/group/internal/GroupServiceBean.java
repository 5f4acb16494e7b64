package org.qicommons.group.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qicommons.audit.AuditAction;
import org.qicommons.audit.AuditLog;
import org.qicommons.audit.AuditTarget;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.Subject;
import org.qicommons.core.Checks;
import org.qicommons.core.ConflictException;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.core.UniqueKeys;
import org.qicommons.group.EmailInvitation;
import org.qicommons.group.Group;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupRole;
import org.qicommons.group.GroupService;
import org.qicommons.group.GroupSummary;
import org.qicommons.group.JoinPolicy;
import org.qicommons.group.MembershipStatus;
import org.qicommons.group.PermissionPolicy;
import org.qicommons.group.Slugs;
import org.qicommons.group.Visibility;
import org.qicommons.member.EmailAddresses;
import org.qicommons.member.Member;
import org.qicommons.member.Viewer;
import org.qicommons.security.WriteLimits;

@ApplicationScoped
@Transactional
public class GroupServiceBean implements GroupService {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    GroupAccessLoader access;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    EmailInvitations emailInvitations;

    @Inject
    WriteLimits writeLimits;

    @Override
    public GroupAccess createGroup(Viewer creator, NewGroup request) {
        Member owner = signedInMember(creator);
        owner.requireMayWrite(Instant.now());
        String name = Checks.required("name", request.name(), MAX_NAME);
        String description = Checks.optional("description", request.description(), MAX_DESCRIPTION);
        Visibility visibility = Checks.oneOf("visibility", request.visibility(), Visibility.class);
        JoinPolicy joinPolicy = Checks.oneOf("joinPolicy", request.joinPolicy(), JoinPolicy.class);
        // A private group's address does not follow from its name alone, so that creating a group
        // with the same name cannot reveal that the private one exists (by getting "-2").
        String base = visibility == Visibility.PRIVATE ? Slugs.of(name) + "-" + Slugs.randomSuffix() : Slugs.of(name);
        Group group = new Group(freeSlug(base), name, description, visibility, joinPolicy, Instant.now());
        em.persist(group);
        UniqueKeys.flush(em, "name", "a group with this name was created at the same moment: please try again");
        GroupMembership membership = new GroupMembership(
                group.getId(), owner, GroupRole.OWNER, MembershipStatus.ACTIVE, group.getCreatedAt());
        em.persist(membership);
        changeLog.record(Subject.GROUP, group.getId(), ChangeKind.CREATED, creator);
        // the id comes from a sequence at persist: nothing to flush for it
        changeLog.record(Subject.MEMBERSHIP, membership.getId(), ChangeKind.JOINED, creator);
        return new GroupAccess(group, creator, membership);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Group> readableGroups(Viewer viewer, Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select g from GroupEntity g where g.id in :ids and " + PermissionPolicy.READABLE_GROUP
                                + " order by g.name",
                        Group.class)
                .setParameter("ids", List.copyOf(groupIds))
                .setParameter("signedIn", viewer.signedIn())
                .setParameter("viewerId", PermissionPolicy.viewerIdParameter(viewer))
                .getResultList();
    }

    @Override
    public List<Group> groupsOf(Viewer viewer, long memberId) {
        return em.createQuery(
                        "select g from GroupEntity g where exists (select m.id from GroupMembership m"
                                + " where m.groupId = g.id and m.member.id = :member"
                                + " and m.status = org.qicommons.group.MembershipStatus.ACTIVE) and "
                                + PermissionPolicy.READABLE_GROUP + " order by g.name",
                        Group.class)
                .setParameter("member", memberId)
                .setParameter("signedIn", viewer.signedIn())
                .setParameter("viewerId", PermissionPolicy.viewerIdParameter(viewer))
                .getResultList();
    }

    @Override
    public List<GroupSummary> listGroups(Viewer viewer) {
        List<Object[]> rows = em.createQuery(
                        "select g, (select count(c) from GroupMembership c where c.groupId = g.id"
                                + " and c.status = org.qicommons.group.MembershipStatus.ACTIVE)"
                                + " from GroupEntity g where " + PermissionPolicy.READABLE_GROUP
                                + " or exists (select i.id from GroupMembership i where i.groupId = g.id"
                                + " and i.member.id = :viewerId and i.status = org.qicommons.group.MembershipStatus.INVITED)"
                                + " order by g.name",
                        Object[].class)
                .setParameter("signedIn", viewer.signedIn())
                .setParameter("viewerId", PermissionPolicy.viewerIdParameter(viewer))
                .getResultList();
        Map<Long, GroupMembership> mine = viewer.signedIn() ? membershipsOf(viewer.memberId()) : Map.of();
        return rows.stream()
                .map(row -> {
                    Group group = (Group) row[0];
                    return new GroupSummary(group, ((Number) row[1]).longValue(), mine.get(group.getId()));
                })
                .toList();
    }

    /** All of a member's memberships, by group id: one query for a whole list of groups. */
    private Map<Long, GroupMembership> membershipsOf(long memberId) {
        return em.createQuery("select m from GroupMembership m where m.member.id = :memberId", GroupMembership.class)
                .setParameter("memberId", memberId)
                .getResultStream()
                .collect(Collectors.toMap(GroupMembership::getGroupId, m -> m, (a, b) -> a));
    }

    @Override
    public GroupAccess findGroup(Viewer viewer, String slug) {
        return access.readable(viewer, slug);
    }

    @Override
    public GroupAccess findGroupOrInvitation(Viewer viewer, String slug) {
        return access.readableOrInvited(viewer, slug);
    }

    @Override
    public GroupAccess accessTo(Viewer viewer, Group group) {
        return access.readable(viewer, group);
    }

    @Override
    public Map<Long, GroupAccess> readableAccess(Viewer viewer, Collection<Group> groups) {
        return access.readable(viewer, groups);
    }

    @Override
    public GroupMembership joinGroup(Viewer viewer, String slug) {
        GroupAccess group = access.readableOrInvited(viewer, slug);
        Member member = signedInMember(viewer);
        requireOpen(group);
        GroupMembership existing = group.membership();
        if (existing != null && existing.getStatus() == MembershipStatus.INVITED) {
            existing.activate();
            emailInvitations.answered(group.group().getId(), member.getId());
            recordMembershipChange(existing, ChangeKind.JOINED, viewer);
            return existing;
        }
        if (existing != null) {
            return existing;
        }
        MembershipStatus status = switch (group.group().getJoinPolicy()) {
            case OPEN -> MembershipStatus.ACTIVE;
            case REQUEST -> MembershipStatus.REQUESTED;
            case INVITE -> throw new ForbiddenException("this group is by invitation only");
        };
        GroupMembership membership =
                new GroupMembership(group.group().getId(), member, GroupRole.MEMBER, status, Instant.now());
        em.persist(membership);
        UniqueKeys.flush(em, "slug", "you have already joined or asked to join this group");
        recordMembershipChange(
                membership, status == MembershipStatus.ACTIVE ? ChangeKind.JOINED : ChangeKind.REQUESTED, viewer);
        return membership;
    }

    @Override
    public GroupMembership inviteMember(Viewer viewer, String slug, long memberId) {
        GroupAccess group = access.readable(viewer, slug);
        requireModerator(group);
        requireOpen(group);
        // an invitation is writing to someone: not while suspended
        signedInMember(viewer).requireMayWrite(Instant.now());
        Member invitee = em.find(Member.class, memberId);
        if (invitee == null) {
            throw new InvalidInputException("memberId", "no member has this id");
        }
        GroupMembership existing = access.membership(group.group().getId(), memberId);
        if (existing != null) {
            // invited by address before, now by name: the inviter may see this one by name
            emailInvitations.invitedByName(group.group().getId(), memberId);
            if (existing.getStatus() == MembershipStatus.REQUESTED) {
                existing.activate();
                recordMembershipChange(existing, ChangeKind.JOINED, viewer);
            }
            return existing;
        }
        GroupMembership membership = new GroupMembership(
                group.group().getId(), invitee, GroupRole.MEMBER, MembershipStatus.INVITED, Instant.now());
        em.persist(membership);
        UniqueKeys.flush(em, "memberId", "this member has just been invited or has joined");
        recordMembershipChange(membership, ChangeKind.INVITED, viewer);
        return membership;
    }

    @Override
    public EmailInvitation inviteByEmail(Viewer viewer, String slug, String email) {
        GroupAccess group = access.readable(viewer, slug);
        requireModerator(group);
        requireOpen(group);
        String address = EmailAddresses.normalise("email", email);
        Member inviter = signedInMember(viewer);
        inviter.requireMayWrite(Instant.now());
        return writeLimits.invitation(inviter.getId(), () -> emailInvitations.invite(group.group(), inviter, address));
    }

    @Override
    public List<GroupMembership> listInvitations(Viewer viewer, String slug) {
        return waiting(viewer, slug, MembershipStatus.INVITED);
    }

    @Override
    public List<EmailInvitation> listEmailInvitations(Viewer viewer, String slug) {
        GroupAccess group = access.readable(viewer, slug);
        requireModerator(group);
        return emailInvitations.list(group.group().getId());
    }

    @Override
    public void cancelEmailInvitation(Viewer viewer, String slug, String email) {
        GroupAccess group = access.readable(viewer, slug);
        requireModerator(group);
        emailInvitations.cancel(group.group().getId(), EmailAddresses.normalise("email", email));
    }

    @Override
    public void cancelInvitation(Viewer viewer, String slug, long memberId) {
        GroupAccess group = access.readable(viewer, slug);
        requireModerator(group);
        GroupMembership membership = shownMembership(group, memberId);
        if (membership == null || membership.getStatus() != MembershipStatus.INVITED) {
            throw new NotFoundException("Invitation");
        }
        em.remove(membership);
        recordMembershipChange(membership, ChangeKind.ENDED, viewer);
    }

    @Override
    public GroupMembership updateMembership(Viewer viewer, String slug, long memberId, MembershipChange change) {
        GroupAccess group = access.lockedReadable(viewer, slug);
        requireModerator(group);
        GroupMembership membership = shownMembership(group, memberId);
        if (membership == null) {
            throw new NotFoundException("Membership");
        }
        if (change.approve() && membership.getStatus() == MembershipStatus.REQUESTED) {
            membership.activate();
            recordMembershipChange(membership, ChangeKind.JOINED, viewer);
        }
        if (change.role() != null && !change.role().isBlank()) {
            GroupRole role = Checks.oneOf("role", change.role(), GroupRole.class);
            if (role != membership.getRole()) {
                if (!group.canChangeRoles()) {
                    throw new ForbiddenException("only an owner can change roles");
                }
                if (membership.getRole() == GroupRole.OWNER && countOwners(group.group()) == 1) {
                    throw new ConflictException(
                            "role", "a group needs at least one owner: make someone else owner first");
                }
                audit.record(
                        viewer.memberId(),
                        AuditAction.CHANGE_GROUP_ROLE,
                        AuditTarget.member(memberId, membership.getMember().getDisplayName()),
                        null,
                        membership.getRole() + " → " + role + " in "
                                + group.group().getName());
                membership.changeRole(role);
                recordMembershipChange(membership, ChangeKind.ROLE_CHANGED, viewer);
            }
        }
        return membership;
    }

    @Override
    public void removeMembership(Viewer viewer, String slug, long memberId) {
        boolean self = viewer.is(memberId);
        // an invitee declines an invitation to a group they cannot read yet
        GroupAccess group = self ? access.lockedReadableOrInvited(viewer, slug) : access.lockedReadable(viewer, slug);
        if (!self) {
            requireModerator(group);
        }
        GroupMembership membership = shownMembership(group, memberId);
        if (membership == null) {
            throw new NotFoundException("Membership");
        }
        if (!self && membership.getRole() == GroupRole.OWNER && group.role() != GroupRole.OWNER) {
            throw new ForbiddenException("only an owner can remove an owner");
        }
        if (membership.activeRole() == GroupRole.OWNER && countOwners(group.group()) == 1) {
            throw new ConflictException("memberId", "a group needs at least one owner: make someone else owner first");
        }
        if (!self && membership.getStatus() == MembershipStatus.ACTIVE) {
            // leaving is the member's own business; being removed leaves a trail
            audit.record(
                    viewer.memberId(),
                    AuditAction.REMOVE_GROUP_MEMBER,
                    AuditTarget.member(memberId, membership.getMember().getDisplayName()),
                    null,
                    "from " + group.group().getName());
        }
        em.remove(membership);
        emailInvitations.answered(group.group().getId(), memberId);
        recordMembershipChange(membership, ChangeKind.ENDED, viewer);
    }

    /**
     * The member's membership as the viewer may act on it: one that is the invitee's side of an
     * invitation by address is there only for the invitee (the inviter knows it by the address), so
     * that trying member ids cannot tell whose address it was.
     */
    private GroupMembership shownMembership(GroupAccess group, long memberId) {
        GroupMembership membership = access.membership(group.group().getId(), memberId);
        if (membership != null
                && !group.viewer().is(memberId)
                && emailInvitations.hiddenFromModerators(group.group().getId(), memberId)) {
            return null;
        }
        return membership;
    }

    @Override
    public List<GroupMembership> listMemberships(Viewer viewer, String slug) {
        GroupAccess group = access.readable(viewer, slug);
        String statusFilter = group.canModerate()
                ? " and not " + EmailInvitations.TAKEN_UP
                : " and m.status = org.qicommons.group.MembershipStatus.ACTIVE";
        return em.createQuery(
                        "select m from GroupMembership m join fetch m.member where m.groupId = :groupId" + statusFilter
                                + " order by m.status, m.role, m.createdAt",
                        GroupMembership.class)
                .setParameter("groupId", group.group().getId())
                .getResultList();
    }

    @Override
    public MemberPage listMembers(Viewer viewer, String slug, int offset, int limit) {
        GroupAccess group = access.readable(viewer, slug);
        Long groupId = group.group().getId();
        long total = countMemberships(groupId, MembershipStatus.ACTIVE);
        List<GroupMembership> members = em.createQuery(
                        "select m from GroupMembership m join fetch m.member where m.groupId = :groupId"
                                + " and m.status = org.qicommons.group.MembershipStatus.ACTIVE order by case m.role"
                                + " when org.qicommons.group.GroupRole.OWNER then 0"
                                + " when org.qicommons.group.GroupRole.MODERATOR then 1 else 2 end,"
                                + " lower(m.member.displayName), m.id",
                        GroupMembership.class)
                .setParameter("groupId", groupId)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, limit))
                .getResultList();
        long waiting = group.canModerate() ? countMemberships(groupId, MembershipStatus.REQUESTED) : 0;
        return new MemberPage(group, total, members, waiting);
    }

    @Override
    public List<GroupMembership> listRequests(Viewer viewer, String slug) {
        return waiting(viewer, slug, MembershipStatus.REQUESTED);
    }

    /** Memberships waiting on a moderator (requests) or on their member (invitations), oldest first. */
    private List<GroupMembership> waiting(Viewer viewer, String slug, MembershipStatus status) {
        GroupAccess group = access.readable(viewer, slug);
        requireModerator(group);
        return em.createQuery(
                        "select m from GroupMembership m join fetch m.member where m.groupId = :groupId"
                                + " and m.status = :status and not " + EmailInvitations.TAKEN_UP
                                + " order by m.createdAt, m.id",
                        GroupMembership.class)
                .setParameter("groupId", group.group().getId())
                .setParameter("status", status)
                .getResultList();
    }

    private long countMemberships(Long groupId, MembershipStatus status) {
        return em.createQuery(
                        "select count(m) from GroupMembership m where m.groupId = :groupId and m.status = :status",
                        Long.class)
                .setParameter("groupId", groupId)
                .setParameter("status", status)
                .getSingleResult();
    }

    private Member signedInMember(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("sign in first");
        }
        return em.find(Member.class, viewer.memberId());
    }

    @Override
    public GroupAccess changeGroup(Viewer viewer, String slug, GroupChange change) {
        GroupAccess group = access.readable(viewer, slug);
        requireManager(group);
        Group current = group.group();
        String name = change.name() == null ? current.getName() : Checks.required("name", change.name(), MAX_NAME);
        String description = change.description() == null
                ? current.getDescription()
                : Checks.optional("description", change.description(), MAX_DESCRIPTION);
        Visibility visibility = change.visibility() == null
                ? current.getVisibility()
                : Checks.oneOf("visibility", change.visibility(), Visibility.class);
        JoinPolicy joinPolicy = change.joinPolicy() == null
                ? current.getJoinPolicy()
                : Checks.oneOf("joinPolicy", change.joinPolicy(), JoinPolicy.class);
        // the slug stays: links to the group and its discussions keep working after a rename
        current.change(name, description, visibility, joinPolicy);
        changeLog.record(Subject.GROUP, current.getId(), ChangeKind.EDITED, viewer);
        return group;
    }

    @Override
    public GroupAccess archiveGroup(Viewer viewer, String slug, boolean archived) {
        GroupAccess group = access.readable(viewer, slug);
        requireManager(group);
        if (archived && !group.group().isArchived()) {
            group.group().archive(Instant.now());
            changeLog.record(Subject.GROUP, group.group().getId(), ChangeKind.ARCHIVED, viewer);
        } else if (!archived && group.group().isArchived()) {
            group.group().restore();
            changeLog.record(Subject.GROUP, group.group().getId(), ChangeKind.UNARCHIVED, viewer);
        }
        return group;
    }

    private static void requireManager(GroupAccess group) {
        if (!group.canManageGroup()) {
            throw new ForbiddenException("only the group's owners can change its settings");
        }
    }

    private static void requireOpen(GroupAccess group) {
        if (!PermissionPolicy.acceptsWriting(group.group())) {
            throw new ForbiddenException("this group is archived: it can be read but nobody can join or post");
        }
    }

    private static void requireModerator(GroupAccess group) {
        if (!group.canModerate()) {
            throw new ForbiddenException("only the group's owners and moderators can do this");
        }
    }

    private long countOwners(Group group) {
        return em.createQuery(
                        "select count(m) from GroupMembership m where m.groupId = :groupId"
                                + " and m.role = org.qicommons.group.GroupRole.OWNER"
                                + " and m.status = org.qicommons.group.MembershipStatus.ACTIVE",
                        Long.class)
                .setParameter("groupId", group.getId())
                .getSingleResult();
    }

    /** Membership changes alter what members can read and whom to tell of a request or invitation. */
    private void recordMembershipChange(GroupMembership membership, ChangeKind kind, Viewer by) {
        changeLog.record(Subject.MEMBERSHIP, membership.getId(), kind, by);
    }

    private String freeSlug(String base) {
        List<String> taken = em.createQuery(
                        "select g.slug from GroupEntity g where g.slug = :base or g.slug like :pattern", String.class)
                .setParameter("base", base)
                .setParameter("pattern", base + "-%")
                .getResultList();
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
