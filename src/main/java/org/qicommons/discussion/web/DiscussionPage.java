package org.qicommons.discussion.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostView;
import org.qicommons.discussion.ThreadPath;
import org.qicommons.discussion.ThreadView;
import org.qicommons.search.SearchHit;
import org.qicommons.search.SearchService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** A whole discussion in thread order, a page of posts at a time; {@code after} reads on. */
@Named
@RequestScoped
public class DiscussionPage {
    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    private static final Logger LOG = Logger.getLogger(DiscussionPage.class.getName());

    @Inject
    SearchService search;

    private ThreadView thread;
    private List<SearchHit> similar;
    private String after;
    private PostView replyTarget;

    /** Loads while the view is built: a moderator's per-post hide forms are made from these posts. */
    @PostConstruct
    void load() {
        Long id = Pages.longParam("id");
        after = Pages.param("after");
        if (id == null) {
            return;
        }
        try {
            thread = discussions.readThread(current.viewer(), id, after, 0);
            openAtPost(Pages.longParam("post"));
        } catch (NotFoundException | InvalidInputException e) {
            thread = null;
        }
    }

    /** A permalink to a post beyond the first page opens the thread at that post. */
    private void openAtPost(Long postId) {
        if (postId == null
                || thread.nextCursor() == null
                || (after != null && !after.isEmpty())
                || thread.posts().stream().anyMatch(post -> post.id().equals(postId))) {
            return;
        }
        PostView target;
        try {
            target = discussions.findPost(current.viewer(), postId);
        } catch (NotFoundException e) {
            return;
        }
        if (target.discussionId().equals(thread.discussion().getId())) {
            after = ThreadPath.justBefore(target.post().getThreadPath());
            thread =
                    discussions.readThread(current.viewer(), thread.discussion().getId(), after, 0);
        }
    }

    /** The view action: a discussion the viewer may not read answers exactly like one that does not exist. */
    public void check() {
        if (thread == null) {
            Pages.notFound();
        }
    }

    public String returnTo() {
        String base = "/discussion/view.xhtml?id=" + thread.discussion().getId();
        return after == null || after.isEmpty() ? base : base + "&after=" + after;
    }

    /** Discussions like this one that the viewer may read; found by search, so none when search is down. */
    public List<SearchHit> getSimilar() {
        if (similar == null && thread.discussion().isPrivate()) {
            similar = List.of(); // a private conversation has no neighbours to suggest
        }
        if (similar == null) {
            try {
                similar = search.similarDiscussions(
                        current.viewer(), thread.discussion().getId(), 5);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "similar discussions unavailable", e);
                similar = List.of();
            }
        }
        return similar;
    }

    /**
     * The post the page's reply form answers: the one named by {@code replyTo} (a "Reply" link under
     * a post) when the viewer may reply to it in this discussion, else the opening update.
     */
    public PostView getReplyTarget() {
        if (replyTarget == null && thread != null) {
            replyTarget = openingPost();
            Long asked = Pages.longParam("replyTo");
            PostView onThisPage = asked == null
                    ? null
                    : thread.posts().stream()
                            .filter(post -> post.id().equals(asked))
                            .findFirst()
                            .orElse(null);
            if (onThisPage != null) {
                // the usual case: the link was under a post of this very page, already read
                replyTarget = onThisPage.canReply() ? onThisPage : replyTarget;
            } else if (asked != null) {
                try {
                    PostView post = discussions.findPost(current.viewer(), asked);
                    if (post.discussionId().equals(thread.discussion().getId()) && post.canReply()) {
                        replyTarget = post;
                    }
                } catch (NotFoundException e) {
                    // a post that is gone or not readable: answer the update instead
                }
            }
        }
        return replyTarget;
    }

    /** The opening update: the first post shown, except on the thread's later pages. */
    private PostView openingPost() {
        if (thread.posts().isEmpty()) {
            return null;
        }
        PostView first = thread.posts().getFirst();
        return first.depth() == 0
                ? first
                : discussions.findOpeningPost(
                        current.viewer(), thread.discussion().getId());
    }

    /** Whether the reply form answers a reply rather than the opening update. */
    public boolean isReplyingToAReply() {
        PostView target = getReplyTarget();
        return target != null && target.depth() > 0;
    }

    public ThreadView getThread() {
        return thread;
    }

    public String getAfter() {
        return after;
    }
}
