package org.qicommons.discussion.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import org.qicommons.discussion.MarkdownRenderer;
import org.qicommons.discussion.Post;

/**
 * A post's sanitised HTML (and its short plain-text excerpt for streams), rendered once per revision rather than once per view (Discourse calls it
 * "cooked"). Keyed by post id and version: every edit, hide or delete bumps the version, so a
 * changed post is never served stale HTML. Why memory and not a database column: rendering is a few
 * percent of a page view, the HTML would double the stored text, and a change to the renderer or its
 * allow-list would then need every row re-cooked; here a restart is enough. Bounded: when full it
 * starts again empty, which costs one render per post shown, far less than what it saves.
 */
final class CookedPosts {
    static final int MAX_ENTRIES = 20_000;

    /** How long a post's excerpt in a stream may be (characters of its text). */
    static final int EXCERPT_CHARS = 280;

    private static final ConcurrentMap<Revision, String> HTML = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Revision, String> EXCERPTS = new ConcurrentHashMap<>();

    /** The text's hash too: a view built inside an edit's transaction has the new text, the old version. */
    private record Revision(long postId, long version, int textHash) {}

    private CookedPosts() {}

    static String html(Post post, String body) {
        return cooked(HTML, post, body, MarkdownRenderer::toSafeHtml);
    }

    /** The post's text, shortened for streams (plain text). */
    static String excerpt(Post post, String body) {
        return cooked(EXCERPTS, post, body, text -> MarkdownRenderer.toExcerpt(text, EXCERPT_CHARS));
    }

    private static String cooked(
            ConcurrentMap<Revision, String> cache, Post post, String body, UnaryOperator<String> cook) {
        if (post.getId() == null) {
            return cook.apply(body);
        }
        Revision revision = new Revision(post.getId(), post.getVersion(), body.hashCode());
        String cooked = cache.get(revision);
        if (cooked == null) {
            cooked = cook.apply(body);
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(revision, cooked);
        }
        return cooked;
    }
}
