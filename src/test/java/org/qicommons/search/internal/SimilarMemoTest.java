package org.qicommons.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchHit;

/** Similar discussions are reused only while the index reader and the reader's scope are the same. */
class SimilarMemoTest {
    private static final ReadableScope PUBLIC =
            new ReadableScope(Map.of(1L, new ReadableScope.GroupLabel("equity", "Equity")));
    private static final ReadableScope MEMBER = new ReadableScope(Map.of(
            1L, new ReadableScope.GroupLabel("equity", "Equity"),
            2L, new ReadableScope.GroupLabel("leads", "Care home leads")));

    @Test
    void reusesAnAnswerForTheSameReaderAndScopeOnly() throws Exception {
        SimilarMemo memo = new SimilarMemo();
        AtomicInteger searches = new AtomicInteger();
        Supplier<List<SearchHit>> search = () -> {
            searches.incrementAndGet();
            return List.of(hit(searches.get()));
        };
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(new Document());
            IndexSearcher first = new IndexSearcher(DirectoryReader.open(writer));

            List<SearchHit> answer = memo.get(first, 7, 5, PUBLIC, search);
            assertSame(answer, memo.get(first, 7, 5, PUBLIC, search), "the same reader and scope: reused");
            assertEquals(1, searches.get());

            memo.get(first, 7, 5, MEMBER, search);
            memo.get(first, 8, 5, PUBLIC, search);
            assertEquals(3, searches.get(), "another scope or discussion is searched");

            writer.addDocument(new Document());
            IndexSearcher changed = new IndexSearcher(DirectoryReader.open(writer));
            memo.get(changed, 7, 5, PUBLIC, search);
            assertEquals(4, searches.get(), "a changed index is searched again");
            first.getIndexReader().close();
            changed.getIndexReader().close();
        }
    }

    private static SearchHit hit(long id) {
        return new SearchHit(HitType.DISCUSSION, id, id, "t", "s", null, null, null, null, null, null, null, "/d");
    }
}
