package org.qicommons.notification;

import java.util.Collection;
import java.util.List;
import org.qicommons.member.Viewer;

/** A member's notifications, each shown only while they may read what it is about. */
public interface NotificationService {
    int DEFAULT_PAGE_SIZE = 20;
    int MAX_PAGE_SIZE = 100;
    /** The unread count stops here ("99+"): counting further would mean reading them all. */
    int MAX_UNREAD_COUNTED = 99;

    /** Newest first, from before the notification {@code before} (null: the newest). */
    NotificationPage list(Viewer viewer, Long before, int size);

    /** Unread notifications the viewer may still read, up to {@link #MAX_UNREAD_COUNTED} + 1. */
    int unreadCount(Viewer viewer);

    void markRead(Viewer viewer, Collection<Long> ids);

    void markAllRead(Viewer viewer);

    /** Marks one read and says where it leads; NotFoundException when it is not theirs or not readable. */
    String open(Viewer viewer, long id);

    record NotificationPage(List<NotificationView> items, Long nextBefore) {}
}
