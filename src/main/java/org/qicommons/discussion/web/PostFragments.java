package org.qicommons.discussion.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.discussion.PostView;
import org.qicommons.member.Member;
import org.qicommons.ui.Html;
import org.qicommons.ui.TimeFormat;

/**
 * The part of a post that is the same for every reader who may see it (author line, body,
 * permalink, edit links) as one piece of HTML, for {@code WEB-INF/includes/post.xhtml}. Why Java and
 * not Facelets: a thread of 100 posts written as Facelets markup evaluated some 35 expressions per
 * post, each resolving the page bean and the post again, and that was most of a page view's CPU.
 * The forms a post may carry (reply, hide) stay in Facelets, where they are built only for members
 * who may use them.
 */
@Named("postHtml")
@ApplicationScoped
public class PostFragments {
    @Inject
    TimeFormat time;

    /**
     * Everything of a post up to its form controls: the caller closes the actions
     * {@code div} and the {@code article}. {@code quiet}: no edit links (latest replies in a stream).
     */
    public String open(PostView post, boolean quiet) {
        String root = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
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
        timeElement(out, post.createdAt());
        if (post.editedAt() != null && post.textVisible()) {
            out.append(" · <a class=\"edited\" href=\"")
                    .append(root)
                    .append("/discussion/history.xhtml?post=")
                    .append(post.id())
                    .append("\" title=\"Edited ");
            Html.text(out, time.exact(post.editedAt())).append(". See earlier versions.\">edited</a>");
        }
        out.append("</span></header>\n");
        body(out, post);
        out.append("<div class=\"post-actions\"><a id=\"permalink-")
                .append(post.id())
                .append("\" class=\"action permalink\" href=\"")
                .append(root)
                .append("/p/")
                .append(post.id())
                .append("\">Permalink<span class=\"visually-hidden\"> to this post</span></a>");
        if (post.canEdit() && !quiet) {
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
        return out.append('\n').toString();
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
            Html.text(out, author.getOrganisation().getType().label()).append(")</span></span> ");
        }
    }

    private void timeElement(StringBuilder out, java.time.Instant at) {
        out.append("<time datetime=\"").append(time.iso(at)).append("\" title=\"");
        Html.text(out, time.exact(at)).append("\">");
        Html.text(out, time.ago(at)).append("</time>");
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
