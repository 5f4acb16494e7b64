package org.qicommons.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.Post;
import org.qicommons.discussion.PostView;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * What can be done from a post wherever it is shown (a group's stream or a thread): reply to it,
 * and hide or show it again. The reply form of post ID is {@code reply-ID}; after a change the page
 * given as {@code returnTo} is loaded again at the post concerned.
 */
@Named
@RequestScoped
public class PostActions {
    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    private final Map<Long, String> replyBodies = new HashMap<>();
    private final Set<Long> failedReplies = new HashSet<>();

    public void reply(PostView parent, String returnTo) {
        Post reply;
        try {
            reply = discussions.reply(
                    current.viewer(), parent.discussionId(), parent.id(), replyBodies.get(parent.id()));
        } catch (InvalidInputException e) {
            failedReplies.add(parent.id());
            Pages.error(
                    replyFormId(parent) + ":body",
                    "body".equals(e.field()) ? "Your reply " + e.getMessage() + "." : Pages.sentence(e.getMessage()));
            return;
        } catch (ForbiddenException | NotFoundException e) {
            failedReplies.add(parent.id());
            Pages.error(replyFormId(parent) + ":body", Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Your reply has been posted.");
        Pages.redirect(returnTo + "#post-" + reply.getId());
    }

    public void hide(PostView post, boolean hidden, String returnTo) {
        try {
            discussions.setHidden(current.viewer(), post.id(), hidden);
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done(
                hidden
                        ? "The post is now hidden from everyone but its author and the group's moderators."
                        : "The post can be read again.");
        Pages.redirect(returnTo + "#post-" + post.id());
    }

    /** Keeps the reply box open when what was sent in it needs fixing. */
    public boolean replyOpen(Long postId) {
        return failedReplies.contains(postId);
    }

    private static String replyFormId(PostView post) {
        return "reply-" + post.id();
    }

    public Map<Long, String> getReplyBodies() {
        return replyBodies;
    }
}
