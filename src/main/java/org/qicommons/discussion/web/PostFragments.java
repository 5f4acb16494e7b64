package org.qicommons.discussion.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.discussion.ActivityItem;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.MarkdownRenderer;
import org.qicommons.discussion.PostView;
import org.qicommons.member.Member;
import org.qicommons.ui.Html;
import org.qicommons.ui.TimeFormat;

/**
 * Posts, threads and streams of updates as HTML (author line, body, permalink, reply, edit and flag
 * links): a whole thread or stream is one piece of HTML and one component. Why Java and not
 * Facelets: a thread of 100 posts written as Facelets markup evaluated some 35 expressions per post,
 * each resolving the page bean and the post again, and that was most of a page view's CPU. The only
 * form a post carries, a moderator's hide button, stays in Facelets
 * ({@code WEB-INF/includes/post.xhtml}); replying is the thread page's one form.
 */
@Named("postHtml")
@ApplicationScoped
public class PostFragments {
    /** What closes a post that {@link #open} began. */
    public static final String CLOSE = "</div></article>\n";

    /** An update whose HTML is longer than this is shown in a stream as an excerpt. */
    static final int LONG_UPDATE_CHARS = 2_000;

    @Inject
    TimeFormat time;

    /**
     * Everything of a post up to its form controls: the caller closes the actions {@code div} and
     * the {@code article} ({@link #CLOSE}). {@code page}: the thread page (within the app, e.g.
     * {@code /discussion/view.xhtml?id=7&after=…}) that the post's Reply link opens, set to answer it.
     */
    public String open(PostView post, String page) {
        return open(post, page, false);
    }

    /**
     * As {@link #open(PostView, String)}; a null {@code page}: no reply or edit links (the latest
     * replies in a stream); {@code shortened}: the post's text as an excerpt with a link to the
     * whole post when it was cut (for streams, which show many posts).
     */
    private String open(PostView post, String page, boolean shortened) {
        String root = root();
        StringBuilder out =
                new StringBuilder(1024 + (post.html() == null ? 0 : post.html().length()));
        int depth = post.depth();
        out.append("<article id=\"post-")
                .append(post.id())
                .append("\" class=\"post depth-")
                .append(Math.min(depth, 6))
                .append(depth == 0 ? " opening" : "")
                .append(post.hidden() ? " is-hidden" : "")
                .append("\" data-depth=\"")
                .append(depth)
                .append('"');
        if (post.replyToId() != null) {
            out.append(" data-reply-to=\"").append(post.replyToId()).append('"');
        }
        out.append(">\n<header class=\"post-meta\">");
        if (!post.deleted()) {
            author(out, post.author(), root);
        }
        out.append("<span class=\"when\">");
        time.element(out, post.createdAt());
        if (post.editedAt() != null && post.textVisible()) {
            out.append(" · <a class=\"edited\" href=\"")
                    .append(root)
                    .append("/discussion/history.xhtml?post=")
                    .append(post.id())
                    .append("\" title=\"Edited ");
            Html.text(out, time.exact(post.editedAt())).append(". See earlier versions.\">edited</a>");
        }
        out.append("</span></header>\n");
        if (shortened) {
            excerpt(out, post, root);
        } else {
            body(out, post);
        }
        out.append("<div class=\"post-actions\"><a id=\"permalink-")
                .append(post.id())
                .append("\" class=\"action permalink\" href=\"")
                .append(root)
                .append("/p/")
                .append(post.id())
                .append("\">Permalink<span class=\"visually-hidden\"> to this post</span></a>");
        if (post.canReply() && page != null) {
            // one reply form per page: the link opens the page with that form set to answer this post
            out.append(" <a id=\"reply-link-")
                    .append(post.id())
                    .append("\" class=\"action reply-link\" href=\"")
                    .append(root);
            Html.text(out, page)
                    .append("&amp;replyTo=")
                    .append(post.id())
                    .append("#reply-box\">Reply<span class=\"visually-hidden\"> to ");
            Html.text(out, post.author().getDisplayName()).append("</span></a>");
        }
        if (post.canEdit() && page != null) {
            out.append(" <a id=\"edit-link-")
                    .append(post.id())
                    .append("\" class=\"action\" href=\"")
                    .append(root)
                    .append("/discussion/edit.xhtml?post=")
                    .append(post.id())
                    .append("\">Edit</a> <a id=\"delete-link-")
                    .append(post.id())
                    .append("\" class=\"action\" href=\"")
                    .append(root)
                    .append("/discussion/delete.xhtml?post=")
                    .append(post.id())
                    .append("\">Delete</a>");
        }
        if (post.canFlag()) {
            // a plain link, not a form: the page stays one piece of HTML and keeps no state
            out.append(" <a id=\"flag-link-")
                    .append(post.id())
                    .append("\" class=\"action flag-link\" href=\"")
                    .append(root)
                    .append("/moderation/flag.xhtml?post=")
                    .append(post.id())
                    .append("\">Flag<span class=\"visually-hidden\"> this post by ");
            Html.text(out, post.author().getDisplayName()).append(" for the moderators</span></a>");
        }
        return out.append('\n').toString();
    }

    /**
     * Whole posts with their links (permalink, reply, edit), for a reader who may not hide any of
     * them (everyone but moderators): then a thread is one piece of HTML and one component, whatever
     * its length.
     */
    public String whole(List<PostView> posts, String page) {
        StringBuilder out = new StringBuilder(posts.size() * 2048);
        for (PostView post : posts) {
            out.append(open(post, page)).append(CLOSE);
        }
        return out.toString();
    }

    /** Whether any of these posts offers its reader a form of its own (hide): then they are built one by one. */
    public boolean anyForms(List<PostView> posts) {
        return posts.stream().anyMatch(PostView::canHide);
    }

    /**
     * A stream of updates (a group's page, the home page) as one piece of HTML: each update, long
     * ones as an excerpt, with its latest replies as excerpts.
     */
    public String stream(List<ActivityItem> items, boolean showGroup) {
        StringBuilder out = new StringBuilder(items.size() * 4096);
        for (ActivityItem item : items) {
            out.append(streamHead(item, showGroup))
                    .append(open(item.opening(), threadPage(item.discussion()), isLong(item.opening())))
                    .append(CLOSE)
                    .append(streamTail(item));
        }
        return out.toString();
    }

    /** The page of the discussion's group, of the project it is an update on, or the member's messages. */
    static String placePage(Discussion discussion) {
        if (discussion.isPrivate()) {
            return "/message/";
        }
        return discussion.isOnProject()
                ? "/project/view.xhtml?id=" + discussion.getProjectId() + "#updates"
                : "/group/view.xhtml?slug=" + discussion.getGroup().getSlug();
    }

    private static String threadPage(Discussion discussion) {
        return "/discussion/view.xhtml?id=" + discussion.getId();
    }

    /**
     * An update in a stream, before its opening post: the section, its group (on pages that mix
     * groups) and its title.
     */
    private String streamHead(ActivityItem item, boolean showGroup) {
        String root = root();
        Discussion discussion = item.discussion();
        StringBuilder out = new StringBuilder(512);
        out.append("<section class=\"discussion\" id=\"discussion-")
                .append(discussion.getId())
                .append("\" aria-label=\"");
        Html.text(out, title(item)).append("\">\n");
        if (showGroup) {
            out.append("<p class=\"activity-group\">")
                    .append(discussion.isOnProject() ? "An update on <a href=\"" : "<a href=\"")
                    .append(root)
                    .append(placePage(discussion))
                    .append("\">");
            Html.text(out, item.placeName()).append("</a></p>\n");
        }
        if (discussion.getTitle() != null) {
            out.append("<h3 class=\"discussion-title\"><a href=\"")
                    .append(root)
                    .append(threadPage(discussion))
                    .append("\">");
            Html.text(out, discussion.getTitle()).append("</a></h3>\n");
        }
        return out.toString();
    }

    /**
     * An update in a stream, after its opening post: its latest replies (with "Show all N replies"
     * when there are more), a link to the discussion, and the end of the section.
     */
    private String streamTail(ActivityItem item) {
        String root = root();
        Discussion discussion = item.discussion();
        String link = root + threadPage(discussion);
        StringBuilder out = new StringBuilder(item.replies().size() * 2048 + 512);
        if (!item.replies().isEmpty()) {
            out.append("<div class=\"latest-replies\" id=\"latest-replies-")
                    .append(discussion.getId())
                    .append("\">\n");
            if (item.moreReplies() > 0) {
                out.append("<p class=\"show-all\"><a class=\"read-all\" href=\"")
                        .append(link)
                        .append("\">Show all ")
                        .append(discussion.getReplyCount())
                        .append(" replies</a></p>\n");
            }
            for (PostView reply : item.replies()) {
                out.append(open(reply, null, true)).append(CLOSE);
            }
            out.append("</div>\n");
        }
        int replies = discussion.getReplyCount();
        out.append("<p class=\"discussion-links\"><a class=\"open-discussion\" href=\"")
                .append(link)
                .append("\">Open the discussion</a><span class=\"muted\"> · ")
                .append(replies)
                .append(replies == 1 ? " reply" : " replies")
                .append(" · last activity ");
        time.element(out, discussion.getLastActivityAt());
        return out.append("</span></p>\n</section>\n").toString();
    }

    private static String title(ActivityItem item) {
        return item.discussion().getTitle() != null
                ? item.discussion().getTitle()
                : "Update from " + item.opening().author().getDisplayName();
    }

    private static String root() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private void author(StringBuilder out, Member author, String root) {
        out.append("<a class=\"author\" href=\"")
                .append(root)
                .append("/member/view.xhtml?id=")
                .append(author.getId())
                .append("\">");
        Html.text(out, author.getDisplayName()).append("</a> ");
        if (author.getJobTitle() != null) {
            Html.text(out.append("<span class=\"job-title\">"), author.getJobTitle())
                    .append("</span> ");
        }
        if (author.getOrganisation() != null) {
            Html.text(
                            out.append("<span class=\"organisation\">"),
                            author.getOrganisation().getName())
                    .append(" <span class=\"organisation-type\">(");
            Html.text(out, author.getOrganisation().getType().label());
            if (!author.isOrganisationVouched()) {
                out.append(", <span class=\"unverified\">unverified</span>");
            }
            out.append(")</span></span> ");
        }
    }

    /**
     * The post's text as a short excerpt, and a link to the whole post when it was cut. Why: a stream
     * of 20 updates with their latest replies in full was larger than a page should be on a phone.
     */
    private static void excerpt(StringBuilder out, PostView post, String root) {
        if (!post.textVisible() || post.hidden()) {
            body(out, post);
            return;
        }
        Html.text(out.append("<div class=\"post-body\"><p>"), post.excerpt()).append("</p>");
        if (MarkdownRenderer.isCut(post.excerpt())) {
            out.append("<p class=\"read-more\"><a href=\"")
                    .append(root)
                    .append("/p/")
                    .append(post.id())
                    .append("\">Read the whole ")
                    .append(post.depth() == 0 ? "update" : "reply")
                    .append("<span class=\"visually-hidden\"> from ");
            Html.text(out, post.author().getDisplayName()).append("</span></a></p>");
        }
        out.append("</div>\n");
    }

    /** Whether an opening update is long enough to show as an excerpt in a stream. */
    private static boolean isLong(PostView post) {
        return post.html() != null && post.html().length() > LONG_UPDATE_CHARS;
    }

    private static void body(StringBuilder out, PostView post) {
        if (post.deleted()) {
            out.append("<p class=\"placeholder\">This post has been deleted.</p>\n");
        } else if (!post.textVisible()) {
            out.append("<p class=\"placeholder\">This post has been hidden by a moderator.</p>\n");
        } else {
            if (post.hidden()) {
                out.append("<p class=\"notice\">Hidden by a moderator. Only its author and the group’s"
                        + " moderators can see it.</p>\n");
            }
            // already sanitised by the allow-list (MarkdownRenderer), so written as it is
            out.append("<div class=\"post-body\">").append(post.html()).append("</div>\n");
        }
    }
}
