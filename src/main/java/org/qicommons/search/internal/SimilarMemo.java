package org.qicommons.search.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.search.IndexSearcher;
import org.qicommons.search.SearchHit;

/**
 * "Similar discussions" as last computed, per discussion and readable scope, for as long as the
 * index has not changed. Why: every view of a discussion page asks for them, and the search behind
 * them cost more than the rest of the page. Why it is safe: the answer is a function of the
 * searcher (the same reader gives the same hits) and of the scope (the exact readable groups,
 * names included), and both are part of the key, so a cached answer is exactly what a new search
 * would return; a changed index, membership or group drops it.
 */
final class SimilarMemo {
    static final int MAX_ENTRIES = 10_000;

    private record Key(long discussionId, int limit, Map<Long, ReadableScope.GroupLabel> scope) {}

    private volatile Object readerKey;
    private final Map<Key, List<SearchHit>> hits = new ConcurrentHashMap<>();

    List<SearchHit> get(
            IndexSearcher searcher,
            long discussionId,
            int limit,
            ReadableScope scope,
            Supplier<List<SearchHit>> search) {
        Object current = searcher.getIndexReader().getReaderCacheHelper() == null
                ? searcher.getIndexReader()
                : searcher.getIndexReader().getReaderCacheHelper().getKey();
        if (current != readerKey) {
            synchronized (this) {
                if (current != readerKey) {
                    hits.clear();
                    readerKey = current;
                }
            }
        }
        Key key = new Key(discussionId, limit, scope.readableGroups());
        List<SearchHit> found = hits.get(key);
        if (found == null) {
            found = List.copyOf(search.get());
            if (hits.size() >= MAX_ENTRIES) {
                hits.clear();
            }
            if (current == readerKey) {
                hits.put(key, found);
            }
        }
        return found;
    }
}
