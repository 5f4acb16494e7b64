package org.qicommons.discussion.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostHistory;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** The author changes a post (and the title, on the opening update). Every earlier text is kept. */
@Named
@ViewScoped
public class EditPostPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("title", "Title", "body", "Text");

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    private PostHistory post;
    private String title;
    private String body;

    @PostConstruct
    void load() {
        Long id = Pages.longParam("post");
        if (id == null) {
            return;
        }
        try {
            post = discussions.postHistory(current.viewer(), id);
            title = post.discussion().getTitle();
            body = post.current().body();
        } catch (NotFoundException e) {
            post = null;
        }
    }

    public void check() {
        if (post == null) {
            Pages.notFound();
        }
    }

    public void save() {
        try {
            // an empty title field means "no title", not "leave the title as it is"
            String newTitle = isOpening() ? (title == null ? "" : title) : null;
            discussions.editPost(current.viewer(), post.current().id(), body, newTitle);
        } catch (InvalidInputException e) {
            Pages.invalid("edit-post", e, FIELDS);
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Your changes have been saved.");
        Pages.redirect("/p/" + post.current().id());
    }

    public boolean isOpening() {
        return post.current().post().isOpening();
    }

    public PostHistory getPost() {
        return post;
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
