package org.qicommons.discussion.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostHistory;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** Asks the author to confirm before a post is deleted, so deleting needs no script. */
@Named
@ViewScoped
public class DeletePostPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    private PostHistory post;

    @PostConstruct
    void load() {
        Long id = Pages.longParam("post");
        if (id == null) {
            return;
        }
        try {
            post = discussions.postHistory(current.viewer(), id);
        } catch (NotFoundException e) {
            post = null;
        }
    }

    public void check() {
        if (post == null) {
            Pages.notFound();
        }
    }

    public void delete() {
        try {
            discussions.deletePost(current.viewer(), post.current().id());
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Your post has been deleted.");
        if (post.current().post().isOpening() && post.discussion().getReplyCount() == 0) {
            Pages.redirect(PostFragments.placePage(post.discussion()));
        } else {
            Pages.redirect("/discussion/view.xhtml?id=" + post.discussion().getId());
        }
    }

    public PostHistory getPost() {
        return post;
    }
}
