package org.qicommons.feed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.notification.NotificationSettingsService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * Feed addresses for the pages: a public page's feed needs no key; anything else's is the member's
 * private address (with their key, made on first use), which must not be shared.
 */
@Named
@RequestScoped
public class FeedLinks {
    @Inject
    NotificationSettingsService settings;

    @Inject
    CurrentMember current;

    private String key;

    /** {@code /feeds/groups/{slug}.atom} and the like; with the member's key unless it is public. */
    public String href(String path, boolean isPublic) {
        if (isPublic) {
            return "/feeds/" + path;
        }
        if (!current.isSignedIn()) {
            return null;
        }
        return "/feeds/" + path + "?key=" + key();
    }

    public String getKey() {
        return current.isSignedIn() ? key() : null;
    }

    public void reset() {
        key = settings.resetFeedKey(current.viewer());
        Pages.done("Your private feed addresses have changed: the old ones no longer work.");
        Pages.redirect("/notification/#feeds");
    }

    private String key() {
        if (key == null) {
            key = settings.feedKey(current.viewer());
        }
        return key;
    }
}
