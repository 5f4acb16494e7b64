package org.qicommons.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.Post;
import org.qicommons.discussion.PostView;
import org.qicommons.moderation.ModerationAction;
import org.qicommons.moderation.ModerationService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * What can be done to a post from a thread's page: reply to it (the page's one reply form, set to
 * a post by the "Reply" link under it), and hide or show it again. After a change the page given
 * as {@code returnTo} is loaded again at the post concerned.
 */
@Named
@RequestScoped
public class PostActions {
    @Inject
    ModerationService moderation;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    /** The client id of the reply form's text box. */
    static final String REPLY_BODY = "reply:body";

    private String replyBody;

    /** The page's reply form: answers {@code parent} (the page's reply target) with what was typed. */
    public void reply(PostView parent, String returnTo) {
        Post reply;
        try {
            reply = discussions.reply(current.viewer(), parent.discussionId(), parent.id(), replyBody);
        } catch (InvalidInputException e) {
            Pages.error(
                    REPLY_BODY,
                    "body".equals(e.field()) ? "Your reply " + e.getMessage() + "." : Pages.sentence(e.getMessage()));
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(REPLY_BODY, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Your reply has been posted.");
        Pages.redirect(returnTo + "#post-" + reply.getId());
    }

    public void hide(PostView post, boolean hidden, String returnTo) {
        try {
            moderation.act(
                    current.viewer(),
                    new ModerationAction(
                            hidden ? ModerationAction.Kind.HIDE : ModerationAction.Kind.RESTORE,
                            post.id(),
                            null,
                            null,
                            null,
                            null,
                            null));
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

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }
}
