package org.qicommons.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchHit;
import org.qicommons.ui.Html;

/**
 * Lucene hits to {@link SearchHit}s: stored fields, the group from the viewer's scope, the page to
 * open, and a snippet. Snippets are HTML: the highlighter escapes all text and wraps matches in
 * {@code <mark>}, so no other tag can reach the page.
 */
final class Hits {
    static final int SNIPPET_CHARS = 240;

    private Hits() {}

    static List<SearchHit> of(
            IndexSearcher searcher, ScoreDoc[] docs, Query highlight, Analyzer analyzer, ReadableScope scope)
            throws IOException {
        String[] snippets =
                highlight == null ? new String[docs.length] : highlighted(searcher, docs, highlight, analyzer);
        var stored = searcher.storedFields();
        var hits = new ArrayList<SearchHit>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            hits.add(hit(stored.document(docs[i].doc), snippets[i], scope));
        }
        return hits;
    }

    private static String[] highlighted(IndexSearcher searcher, ScoreDoc[] docs, Query query, Analyzer analyzer)
            throws IOException {
        var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                // the query searches TEXT (and TITLE); the snippet is cut from BODY, analysed alike
                .withFieldMatcher(field -> true)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        Map<String, String[]> fields =
                highlighter.highlightFields(new String[] {IndexFields.BODY}, query, ids, new int[] {2});
        return fields.get(IndexFields.BODY);
    }

    private static SearchHit hit(Document doc, String snippet, ReadableScope scope) {
        var type = HitType.valueOf(doc.get(IndexFields.TYPE));
        long id = Long.parseLong(doc.get(IndexFields.ID));
        Long groupId = longOrNull(doc.get(IndexFields.GROUP_ID));
        var group = groupId == null ? null : scope.readableGroups().get(groupId);
        Long discussionId = longOrNull(doc.get(IndexFields.DISCUSSION_ID));
        IndexableField created = doc.getField(IndexFields.CREATED);
        return new SearchHit(
                type,
                id,
                discussionId,
                IndexFields.shownTitle(doc),
                snippet == null || snippet.isBlank() ? plainSnippet(doc.get(IndexFields.BODY)) : snippet,
                longOrNull(doc.get(IndexFields.AUTHOR_ID)),
                doc.get(IndexFields.AUTHOR_NAME),
                doc.get(IndexFields.AUTHOR_ORGANISATION),
                doc.get(IndexFields.AUTHOR_ORGANISATION_TYPE),
                group == null ? null : group.slug(),
                group == null ? null : group.name(),
                created == null
                        ? null
                        : Instant.ofEpochMilli(created.numericValue().longValue()),
                url(type, id, discussionId, group));
    }

    static String url(HitType type, long id, Long discussionId, ReadableScope.GroupLabel group) {
        return switch (type) {
            case DISCUSSION -> "/discussion/view.xhtml?id=" + id;
            case REPLY -> "/p/" + id; // the permalink opens the reply inside its thread
            case MEMBER -> "/member/view.xhtml?id=" + id;
            case GROUP -> group == null ? "/group/index.xhtml" : "/group/view.xhtml?slug=" + group.slug();
            case PROJECT -> "/project/view.xhtml?id=" + id;
            case RESOURCE -> "/resource/view.xhtml?id=" + id;
        };
    }

    /** The start of the body, escaped: for hits with nothing to highlight. */
    static String plainSnippet(String body) {
        if (body == null) {
            return "";
        }
        String start = body.length() <= SNIPPET_CHARS ? body : body.substring(0, SNIPPET_CHARS) + " …";
        return escape(start);
    }

    static String escape(String text) {
        return Html.text(new StringBuilder(text.length() + 16), text).toString();
    }

    private static Long longOrNull(String value) {
        return value == null ? null : Long.valueOf(value);
    }
}
