package org.qicommons.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.core.InvalidInputException;
import org.qicommons.notification.NotificationSettingsService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** The e-mail settings on the notifications page, and the page an e-mail's unsubscribe link opens. */
@Named
@RequestScoped
public class EmailSettingsPage {
    @Inject
    NotificationSettingsService settings;

    @Inject
    CurrentMember current;

    private Boolean emailReplies;
    private boolean unsubscribed;

    public boolean isEmailReplies() {
        if (emailReplies == null) {
            emailReplies = current.isSignedIn() && settings.emailReplies(current.viewer());
        }
        return emailReplies;
    }

    public void setEmailReplies(boolean emailReplies) {
        this.emailReplies = emailReplies;
    }

    public void save() {
        settings.setEmailReplies(current.viewer(), isEmailReplies());
        Pages.done(
                isEmailReplies()
                        ? "You will get an e-mail when someone replies to you."
                        : "You will get no e-mail about replies; they still show here.");
        Pages.redirect("/notification/");
    }

    /** The unsubscribe page's button: the key in the address is the proof, no sign-in needed. */
    public void unsubscribe() {
        try {
            settings.unsubscribe(Pages.param("key"));
            unsubscribed = true;
        } catch (InvalidInputException e) {
            Pages.error(null, "This unsubscribe link is not one of ours, or it has been mistyped.");
        }
    }

    public boolean isUnsubscribed() {
        return unsubscribed;
    }
}
