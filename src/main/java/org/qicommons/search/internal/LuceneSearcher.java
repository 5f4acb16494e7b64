package org.qicommons.search.internal;

import java.time.Instant;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.qicommons.search.SearchHit;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.SearchResults;
import org.qicommons.search.Suggestion;

/**
 * Turns a member's query into Lucene queries and Lucene hits into {@link SearchResults}. Pure Lucene:
 * it gets a searcher and the viewer's {@link ReadableScope}, and knows nothing of the database or the
 * container, so it is tested on an in-memory index.
 */
public class LuceneSearcher {
    private final QiAnalyzer analyzer;

    public LuceneSearcher(QiAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public SearchResults search(IndexSearcher searcher, SearchQuery query, ReadableScope scope, Instant now) {
        throw new UnsupportedOperationException("search: to be written");
    }

    public List<Suggestion> suggest(IndexSearcher searcher, String prefix, ReadableScope scope, int limit) {
        throw new UnsupportedOperationException("suggest: to be written");
    }

    public List<SearchHit> similarDiscussions(
            IndexSearcher searcher, long discussionId, ReadableScope scope, int limit) {
        throw new UnsupportedOperationException("similar: to be written");
    }
}
