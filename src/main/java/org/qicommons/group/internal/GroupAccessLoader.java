package org.qicommons.group.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.Group;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupMembership;
import org.qicommons.member.Viewer;

/** Loads a group with the viewer's membership in at most two queries, and applies the read rule. */
@ApplicationScoped
public class GroupAccessLoader {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    public GroupAccess readable(Viewer viewer, String slug) {
        return readable(viewer, bySlug(slug));
    }

    public GroupAccess readable(Viewer viewer, Group group) {
        GroupAccess access = load(viewer, group);
        if (!access.canRead()) {
            throw new NotFoundException("Group");
        }
        return access;
    }

    /** Each readable group of these with the viewer's access, by id: one query for the memberships. */
    public Map<Long, GroupAccess> readable(Viewer viewer, Collection<Group> groups) {
        Map<Long, GroupMembership> memberships = new HashMap<>();
        if (viewer.signedIn() && !groups.isEmpty()) {
            em.createQuery(
                            "select m from GroupMembership m where m.member.id = :memberId and m.groupId in :ids",
                            GroupMembership.class)
                    .setParameter("memberId", viewer.memberId())
                    .setParameter(
                            "ids", groups.stream().map(Group::getId).distinct().toList())
                    .setHint("eclipselink.join-fetch", "m.member")
                    .setHint("eclipselink.left-join-fetch", "m.member.organisation")
                    .getResultStream()
                    .forEach(m -> memberships.put(m.getGroupId(), m));
        }
        Map<Long, GroupAccess> readable = new LinkedHashMap<>();
        for (Group group : groups) {
            GroupAccess access = new GroupAccess(group, viewer, memberships.get(group.getId()));
            if (access.canRead()) {
                readable.put(group.getId(), access);
            }
        }
        return readable;
    }

    /**
     * As {@link #readable(Viewer, String)}, with the group's row locked until the transaction ends,
     * and the viewer's membership read after the lock: changes that must leave the group an owner
     * (demoting, removing, leaving) run one at a time per group. Without it, two owners demoting each
     * other at the same moment both saw two owners and left none.
     */
    public GroupAccess lockedReadable(Viewer viewer, String slug) {
        GroupAccess access = load(viewer, locked(bySlug(slug)));
        if (!access.canRead()) {
            throw new NotFoundException("Group");
        }
        return access;
    }

    /** As {@link #readableOrInvited}, locked as {@link #lockedReadable}. */
    public GroupAccess lockedReadableOrInvited(Viewer viewer, String slug) {
        GroupAccess access = load(viewer, locked(bySlug(slug)));
        if (!access.canRead() && !access.invited()) {
            throw new NotFoundException("Group");
        }
        return access;
    }

    private Group locked(Group group) {
        if (group != null) {
            em.lock(group, LockModeType.PESSIMISTIC_WRITE);
        }
        return group;
    }

    /**
     * The group for someone about to join it: readable, or the viewer holds an invitation. Why the
     * second case: an invitee of a PRIVATE group cannot read it until they accept, and accepting is
     * joining; the invitation is what lets them see the group that far and no further.
     */
    public GroupAccess readableOrInvited(Viewer viewer, String slug) {
        GroupAccess access = load(viewer, bySlug(slug));
        if (!access.canRead() && !access.invited()) {
            throw new NotFoundException("Group");
        }
        return access;
    }

    private Group bySlug(String slug) {
        return slug == null
                ? null
                : em.createQuery("select g from GroupEntity g where g.slug = :slug", Group.class)
                        .setParameter("slug", slug)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
    }

    private GroupAccess load(Viewer viewer, Group group) {
        if (group == null) {
            throw new NotFoundException("Group");
        }
        GroupMembership membership = viewer.signedIn() ? membership(group.getId(), viewer.memberId()) : null;
        return new GroupAccess(group, viewer, membership);
    }

    public GroupMembership membership(long groupId, long memberId) {
        return em.createQuery(
                        "select m from GroupMembership m where m.groupId = :groupId and m.member.id = :memberId",
                        GroupMembership.class)
                .setParameter("groupId", groupId)
                .setParameter("memberId", memberId)
                // the member (and their organisation) come eagerly with a membership: in the same
                // query, not two more on every signed-in page
                .setHint("eclipselink.join-fetch", "m.member")
                .setHint("eclipselink.left-join-fetch", "m.member.organisation")
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
