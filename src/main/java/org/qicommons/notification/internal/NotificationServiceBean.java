package org.qicommons.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qicommons.core.Checks;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostInPlace;
import org.qicommons.group.Group;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupService;
import org.qicommons.member.Member;
import org.qicommons.member.Viewer;
import org.qicommons.notification.Notification;
import org.qicommons.notification.NotificationService;
import org.qicommons.notification.NotificationView;

/**
 * Shows notifications from what the recipient may read at that moment: a notification about a post
 * they can no longer read (they left the private group, the post was hidden or deleted) is left out
 * of the list and the count, never shown with a title, a snippet or a name.
 */
@ApplicationScoped
@Transactional
public class NotificationServiceBean implements NotificationService {
    private static final int MAX_ROUNDS = 5;

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    DiscussionService discussions;

    @Inject
    GroupService groups;

    @Override
    public NotificationPage list(Viewer viewer, Long before, int size) {
        requireSignedIn(viewer);
        int pageSize = Checks.pageSize(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        List<NotificationView> shown = new ArrayList<>();
        Long cursor = before;
        for (int round = 0; round < MAX_ROUNDS && shown.size() <= pageSize; round++) {
            List<Notification> batch = newest(viewer, cursor, false, pageSize + 1);
            shown.addAll(views(viewer, batch));
            if (batch.size() < pageSize + 1) {
                cursor = null;
                break;
            }
            cursor = batch.getLast().getId();
        }
        if (shown.size() > pageSize) {
            return new NotificationPage(
                    List.copyOf(shown.subList(0, pageSize)),
                    shown.get(pageSize - 1).id());
        }
        // rounds used up with unreadable ones: the caller may read on from where this stopped
        return new NotificationPage(shown, cursor);
    }

    @Override
    public int unreadCount(Viewer viewer) {
        if (!viewer.signedIn()) {
            return 0;
        }
        return views(viewer, newest(viewer, null, true, MAX_UNREAD_COUNTED + 1)).size();
    }

    @Override
    public void markRead(Viewer viewer, Collection<Long> ids) {
        requireSignedIn(viewer);
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update Notification n set n.readAt = :now where n.recipientId = :me"
                        + " and n.readAt is null and n.id in :ids")
                .setParameter("now", Instant.now())
                .setParameter("me", viewer.memberId())
                .setParameter("ids", ids)
                .executeUpdate();
    }

    @Override
    public void markAllRead(Viewer viewer) {
        requireSignedIn(viewer);
        em.createQuery("update Notification n set n.readAt = :now where n.recipientId = :me and n.readAt is null")
                .setParameter("now", Instant.now())
                .setParameter("me", viewer.memberId())
                .executeUpdate();
    }

    @Override
    public String open(Viewer viewer, long id) {
        requireSignedIn(viewer);
        Notification notification = em.find(Notification.class, id);
        if (notification == null || notification.getRecipientId() != viewer.memberId()) {
            throw new NotFoundException("Notification");
        }
        List<NotificationView> view = views(viewer, List.of(notification));
        if (view.isEmpty()) {
            throw new NotFoundException("Notification");
        }
        notification.markRead(Instant.now());
        return view.getFirst().url();
    }

    private List<Notification> newest(Viewer viewer, Long before, boolean unreadOnly, int limit) {
        TypedQuery<Notification> query = em.createQuery(
                        "select n from Notification n where n.recipientId = :me"
                                + (before == null ? "" : " and n.id < :before")
                                + (unreadOnly ? " and n.readAt is null" : "")
                                + " order by n.id desc",
                        Notification.class)
                .setParameter("me", viewer.memberId())
                .setMaxResults(limit);
        if (before != null) {
            query.setParameter("before", before);
        }
        return query.getResultList();
    }

    /** The notifications the viewer may read now, in the same order, as they are shown. */
    private List<NotificationView> views(Viewer viewer, List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return List.of();
        }
        Map<Long, PostInPlace> posts = discussions.readablePosts(
                viewer,
                notifications.stream()
                        .map(Notification::getPostId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        Map<Long, GroupAccess> moderated = moderatedGroups(viewer, notifications);
        Map<Long, Member> actors = actors(notifications);
        List<NotificationView> views = new ArrayList<>();
        for (Notification notification : notifications) {
            Member actor = notification.getActorId() == null ? null : actors.get(notification.getActorId());
            NotificationView view = null;
            if (notification.getPostId() != null) {
                PostInPlace post = posts.get(notification.getPostId());
                if (post != null) {
                    view = Sentences.aboutPost(notification, actor, post);
                }
            } else if (notification.getGroupId() != null) {
                GroupAccess group = moderated.get(notification.getGroupId());
                if (group != null) {
                    view = Sentences.aboutGroup(notification, actor, group.group());
                }
            }
            if (view != null) {
                views.add(view);
            }
        }
        return views;
    }

    /** The groups of these notifications that the viewer moderates now (join requests are for them only). */
    private Map<Long, GroupAccess> moderatedGroups(Viewer viewer, List<Notification> notifications) {
        List<Group> named = notifications.stream()
                .map(Notification::getGroupId)
                .filter(Objects::nonNull)
                .distinct()
                .map(id -> em.find(Group.class, id))
                .filter(Objects::nonNull)
                .toList();
        Map<Long, GroupAccess> moderated = new HashMap<>();
        if (!named.isEmpty()) {
            groups.readableAccess(viewer, named).forEach((id, access) -> {
                if (access.canModerate()) {
                    moderated.put(id, access);
                }
            });
        }
        return moderated;
    }

    private Map<Long, Member> actors(List<Notification> notifications) {
        List<Long> ids = notifications.stream()
                .map(Notification::getActorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, Member> actors = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select m from Member m where m.id in :ids", Member.class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(m -> actors.put(m.getId(), m));
        }
        return actors;
    }

    private static void requireSignedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("sign in to see your notifications");
        }
    }
}
