package org.qicommons.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.notification.NotificationService;
import org.qicommons.notification.NotificationService.NotificationPage;
import org.qicommons.notification.NotificationView;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** The member's notifications (/notification/), and opening one (/notification/open.xhtml?id=…). */
@Named
@RequestScoped
public class NotificationsPage {
    @Inject
    NotificationService notifications;

    @Inject
    CurrentMember current;

    private NotificationPage page;

    public void check() {
        if (!current.isSignedIn()) {
            Pages.redirect("/member/signin.xhtml?next=%2Fnotification%2F");
            return;
        }
        try {
            page = notifications.list(current.viewer(), Pages.longParam("before"), 0);
        } catch (InvalidInputException e) {
            Pages.notFound();
        }
    }

    /** Marks it read and goes to the exact post; "page not found" when it is not the member's to read. */
    public void open() {
        Long id = Pages.longParam("id");
        if (!current.isSignedIn()) {
            Pages.redirect("/member/signin.xhtml?next=%2Fnotification%2F");
            return;
        }
        try {
            Pages.redirect(notifications.open(current.viewer(), id == null ? -1 : id));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public void markAllRead() {
        notifications.markAllRead(current.viewer());
        Pages.done("All your notifications are marked as read.");
        Pages.redirect("/notification/");
    }

    public List<NotificationView> getItems() {
        return page == null ? List.of() : page.items();
    }

    public Long getNextBefore() {
        return page == null ? null : page.nextBefore();
    }
}
