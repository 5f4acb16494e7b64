package org.qicommons.discussion.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.ActivityItem;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A group's activity stream, newest activity first, and the "Post an update" form. Whether the
 * group may be read at all is {@link org.qicommons.group.web.GroupPage}'s view action.
 */
@Named
@RequestScoped
public class GroupStream {
    private static final Map<String, String> FIELDS = Map.of("title", "Title", "body", "Your update");

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    private String slug;
    private List<ActivityItem> items = List.of();
    private String nextCursor;
    private String title;
    private String body;

    /** Loads while the view is built: the per-post forms are made from these items. */
    @PostConstruct
    void load() {
        slug = Pages.param("slug");
        try {
            ActivityPage page = discussions.groupActivity(current.viewer(), slug, Pages.param("cursor"), 0);
            items = page.items();
            nextCursor = page.nextCursor();
        } catch (NotFoundException | InvalidInputException e) {
            items = List.of();
        }
    }

    public void postUpdate() {
        try {
            discussions.startDiscussion(current.viewer(), slug, title, body);
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

    /** Where a change made on this page comes back to. */
    public String returnTo() {
        return "/group/view.xhtml?slug=" + slug;
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
