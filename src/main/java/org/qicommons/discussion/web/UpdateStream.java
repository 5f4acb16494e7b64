package org.qicommons.discussion.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.ActivityItem;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.member.Viewer;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A place's stream of updates on its page (a group's, a project's), newest activity first, and its
 * "Post an update" form. Whether the place may be read at all is the page's own view action.
 */
abstract class UpdateStream {
    private static final Map<String, String> FIELDS = Map.of("title", "Title", "body", "Your update");

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    private List<ActivityItem> items = List.of();
    private String nextCursor;
    private String title;
    private String body;

    /** The page of the stream from {@code cursor}; NotFoundException when the place cannot be read. */
    abstract ActivityPage page(Viewer viewer, String cursor);

    abstract void start(Viewer viewer, String title, String body);

    /** Where a change made on this page comes back to. */
    public abstract String returnTo();

    /** Loads while the view is built: the per-post forms are made from these items. */
    @PostConstruct
    void load() {
        try {
            ActivityPage page = page(current.viewer(), Pages.param("cursor"));
            items = page.items();
            nextCursor = page.nextCursor();
        } catch (NotFoundException | InvalidInputException | NumberFormatException e) {
            items = List.of();
        }
    }

    public void postUpdate() {
        try {
            start(current.viewer(), title, body);
        } catch (InvalidInputException e) {
            Pages.invalid("new-update", e, FIELDS);
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Your update has been posted.");
        Pages.redirect(returnTo());
    }

    public List<ActivityItem> getItems() {
        return items;
    }

    public String getNextCursor() {
        return nextCursor;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
