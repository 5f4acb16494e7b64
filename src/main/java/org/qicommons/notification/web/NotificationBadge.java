package org.qicommons.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.notification.NotificationService;
import org.qicommons.security.CurrentMember;

/**
 * The unread count in the header of every signed-in page: asked once per request, and only when the
 * header shows it. One query when nothing is unread.
 */
@Named
@RequestScoped
public class NotificationBadge {
    @Inject
    NotificationService notifications;

    @Inject
    CurrentMember current;

    private Integer unread;

    public int getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount(current.viewer());
        }
        return unread;
    }

    /** "3", or "99+" past the counted limit. */
    public String getLabel() {
        int count = getUnread();
        return count > NotificationService.MAX_UNREAD_COUNTED
                ? NotificationService.MAX_UNREAD_COUNTED + "+"
                : Integer.toString(count);
    }
}
