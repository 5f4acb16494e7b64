package org.qicommons.discussion.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.qicommons.discussion.MarkdownRenderer;
import org.qicommons.discussion.Post;

/**
 * A post's sanitised HTML, rendered once per revision rather than once per view (Discourse calls it
 * "cooked"). Keyed by post id and version: every edit, hide or delete bumps the version, so a
 * changed post is never served stale HTML. Why memory and not a database column: rendering is a few
 * percent of a page view, the HTML would double the stored text, and a change to the renderer or its
 * allow-list would then need every row re-cooked; here a restart is enough. Bounded: when full it
 * starts again empty, which costs one render per post shown, far less than what it saves.
 */
final class CookedPosts {
    static final int MAX_ENTRIES = 20_000;

    private static final ConcurrentMap<Revision, String> HTML = new ConcurrentHashMap<>();

    /** The text's hash too: a view built inside an edit's transaction has the new text, the old version. */
    private record Revision(long postId, long version, int textHash) {}

    private CookedPosts() {}

    static String html(Post post, String body) {
        if (post.getId() == null) {
            return MarkdownRenderer.toSafeHtml(body);
        }
        Revision revision = new Revision(post.getId(), post.getVersion(), body.hashCode());
        String html = HTML.get(revision);
        if (html == null) {
            html = MarkdownRenderer.toSafeHtml(body);
            if (HTML.size() >= MAX_ENTRIES) {
                HTML.clear();
            }
            HTML.put(revision, html);
        }
        return html;
    }
}
