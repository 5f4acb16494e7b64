package org.qicommons.moderation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.qicommons.core.ForbiddenException;
import org.qicommons.discussion.MarkdownRenderer;
import org.qicommons.discussion.Post;
import org.qicommons.moderation.ModerationAction;
import org.qicommons.moderation.ModerationService;
import org.qicommons.moderation.QueueItem;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * {@code /moderation/queue.xhtml}: flagged posts the viewer moderates, each with its flags and the
 * two answers, Hide (the flags are upheld) and Keep (the post is shown and the flags dismissed).
 * Anyone who moderates nothing gets the site's 404, as on {@code /admin/search.xhtml}: the page
 * gives nothing away.
 */
@Named
@RequestScoped
public class ModerationQueuePage {
    @Inject
    ModerationService moderation;

    @Inject
    CurrentMember current;

    private List<QueueItem> items;
    private String reason;

    /** Loads while the view is built: each item's form is made from the queue. */
    @PostConstruct
    void load() {
        if (!current.isSignedIn()) {
            return;
        }
        try {
            items = moderation.queue(current.viewer());
        } catch (ForbiddenException e) {
            items = null;
            return;
        }
        refuseStaleReview();
    }

    public void check() {
        if (items == null) {
            Pages.notFound();
        }
    }

    /**
     * A Hide or Keep for a post someone else has dealt with meanwhile finds no form to run (the
     * queue no longer holds it): say so, rather than show the queue again as if the button had
     * done something. Decided while loading, before Faces looks for the form.
     */
    private void refuseStaleReview() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null
                || !"POST"
                        .equals(((HttpServletRequest) faces.getExternalContext().getRequest()).getMethod())) {
            return;
        }
        Set<String> forms =
                items.stream().map(item -> "review-" + item.post().getId()).collect(Collectors.toSet());
        boolean gone = faces.getExternalContext().getRequestParameterMap().keySet().stream()
                .anyMatch(name -> REVIEW_FORM.matcher(name).matches() && !forms.contains(name));
        if (gone) {
            Pages.done("Another moderator has already dealt with that post.");
            Pages.redirect("/moderation/queue.xhtml");
        }
    }

    private static final Pattern REVIEW_FORM = Pattern.compile("review-[0-9]{1,18}");

    public void hide(QueueItem item) {
        review(item, ModerationAction.Kind.HIDE, "The post is hidden and its flags are upheld.");
    }

    public void keep(QueueItem item) {
        review(item, ModerationAction.Kind.RESTORE, "The post is shown and its flags are dismissed.");
    }

    private void review(QueueItem item, ModerationAction.Kind kind, String done) {
        Pages.change(
                () -> moderation.act(
                        current.viewer(),
                        new ModerationAction(kind, item.post().getId(), null, null, null, reason, null)),
                done,
                "/moderation/queue.xhtml");
    }

    /**
     * The post's text in short. Made here from its Markdown rather than from the kept excerpt: the
     * queue is small and seen by few, and a hidden post's text is what the moderator must judge.
     */
    public String excerpt(Post post) {
        return MarkdownRenderer.toExcerpt(post.getBody(), MarkdownRenderer.EXCERPT_CHARS);
    }

    public List<QueueItem> getItems() {
        return items;
    }

    /** Posts with open flags, waiting for a decision. */
    public List<QueueItem> getFlagged() {
        return items.stream().filter(item -> !item.flags().isEmpty()).toList();
    }

    /** Posts hidden already, with no open flag: to be shown again if need be. */
    public List<QueueItem> getHidden() {
        return items.stream().filter(item -> item.flags().isEmpty()).toList();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
