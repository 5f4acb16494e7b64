package org.qicommons.moderation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostView;
import org.qicommons.moderation.FlagReason;
import org.qicommons.moderation.ModerationService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * {@code /moderation/flag.xhtml?post=}: a member tells the moderators what is wrong with a post. A
 * post the member may not read answers as not found, as everywhere; the service's refusals (their
 * own post, flagged already, suspended) are shown on the form.
 */
@Named
@RequestScoped
public class FlagPage {
    static final String FORM = "flag";

    @Inject
    ModerationService moderation;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    private Long postId;
    private PostView post;
    private String reason;
    private String note;

    /** Loads on the postback too (the form posts back to this address), so the page can show the post again. */
    @PostConstruct
    void load() {
        postId = Pages.longParam("post");
        if (postId == null || !current.isSignedIn()) {
            return;
        }
        try {
            PostView found = discussions.findPost(current.viewer(), postId);
            post = found.textVisible() ? found : null;
        } catch (NotFoundException e) {
            post = null;
        }
    }

    /** The view action: visitors sign in first; a post they may not read is not found. */
    public void check() {
        if (!current.isSignedIn() && postId != null) {
            String next = "/moderation/flag.xhtml?post=" + postId;
            Pages.redirect("/member/signin.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } else if (post == null) {
            Pages.notFound();
        }
    }

    public void flag() {
        if (post == null) {
            Pages.error(null, "This post cannot be flagged any more.");
            return;
        }
        try {
            moderation.flagPost(current.viewer(), postId, reason, note);
        } catch (InvalidInputException e) {
            // ConflictException (flagged already) is one too; it names the post, so it goes to the top
            switch (e.field() == null ? "" : e.field()) {
                case "reason" -> Pages.error(FORM + ":reason", "Choose what is wrong with the post.");
                case "note" ->
                    Pages.error(
                            FORM + ":note",
                            reason != null && reason.equals(FlagReason.OTHER.name())
                                    ? "Say what is wrong when you choose “" + FlagReason.OTHER.label() + "”."
                                    : "The note " + e.getMessage() + ".");
                default -> Pages.error(null, Pages.sentence(e.getMessage()));
            }
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Thank you: the moderators will look at it.");
        Pages.redirect("/p/" + postId);
    }

    public List<FlagReason> getReasons() {
        return List.of(FlagReason.values());
    }

    public PostView getPost() {
        return post;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
