package org.qicommons.discussion.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import org.qicommons.discussion.MarkdownRenderer;
import org.qicommons.discussion.Post;

/**
 * A post's sanitised HTML and its short plain-text excerpt for streams, rendered once per revision
 * rather than once per view (Discourse calls it "cooked"). Normally kept on the post itself, rendered
 * when it was written or edited ({@link MarkdownRenderer#cook}). Why in the database and not only in
 * memory: with 42,000 posts read in turn (the page benchmark), a bounded memory cache was emptied
 * faster than it helped, and rendering 21 posts cost as much as the rest of the page. For posts
 * written before that, or cooked by an older renderer, the rendering is kept here in memory, keyed
 * by post id, version and text hash (every edit, hide or delete bumps the version), and bounded:
 * when full it starts again empty.
 */
final class CookedPosts {
    static final int MAX_ENTRIES = 20_000;

    private static final ConcurrentMap<Revision, String> HTML = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Revision, String> EXCERPTS = new ConcurrentHashMap<>();

    /** The text's hash too: a view built inside an edit's transaction has the new text, the old version. */
    private record Revision(long postId, long version, int textHash) {}

    private CookedPosts() {}

    static String html(Post post, String body) {
        String kept = post.cookedHtml(MarkdownRenderer.VERSION);
        return kept != null ? kept : cooked(HTML, post, body, MarkdownRenderer::toSafeHtml);
    }

    /** The post's text, shortened for streams (plain text). */
    static String excerpt(Post post, String body) {
        String kept = post.cookedExcerpt(MarkdownRenderer.VERSION);
        return kept != null
                ? kept
                : cooked(
                        EXCERPTS, post, body, text -> MarkdownRenderer.toExcerpt(text, MarkdownRenderer.EXCERPT_CHARS));
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
