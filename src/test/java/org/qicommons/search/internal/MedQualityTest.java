package org.qicommons.search.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qicommons.search.SearchQuery;

/**
 * Search quality on MED: the 1,033 abstracts indexed as discussions through DocumentBuilder, the
 * 30 queries run through LuceneSearcher as a member would type them. Figures in docs/search.md;
 * {@code mvn -Pbenchmark verify -Dbench.main=org.qicommons.search.internal.MedQualityTest} prints
 * the variants compared there (about 4 minutes).
 */
class MedQualityTest {
    static final ReadableScope SCOPE =
            new ReadableScope(Map.of(MedCollection.GROUP_ID, new ReadableScope.GroupLabel("med", "MED")));

    static MedCollection med;

    @BeforeAll
    static void load() throws IOException {
        med = MedCollection.load();
    }

    @Test
    void beatsStockLuceneOnMed() throws Exception {
        var scores = run(new QiAnalyzer(TestIndex.SYNONYMS), UserQuery.Ranking.DEFAULT);
        var stock = stock();
        System.out.println("MED, QI Commons search: " + scores + "; stock Lucene: " + stock);
        assertTrue(scores.map() >= 0.52, "MAP below 0.52: " + scores);
        assertTrue(scores.map() > stock.map(), "MAP not better than stock Lucene: " + scores + " vs " + stock);
        assertTrue(
                scores.ndcg10() > stock.ndcg10(), "nDCG@10 not better than stock Lucene: " + scores + " vs " + stock);
    }

    /** Prints every ranking variant compared in docs/search.md. */
    public static void main(String[] args) throws Exception {
        load();
        System.out.println("stock BM25 + EnglishAnalyzer: " + stock());
        var d = UserQuery.Ranking.DEFAULT;
        var plain = new UserQuery.Ranking(0, 0, 3, 0, 0, 0, 0, 0, 0);
        report("text only, OR, Porter", new QiAnalyzer(TestIndex.SYNONYMS), plain);
        for (var stemmer : QiAnalyzer.Stemmer.values()) {
            report(
                    "stemmer " + stemmer + ", no feedback",
                    new QiAnalyzer(TestIndex.SYNONYMS, stemmer),
                    d.withoutFeedback());
        }
        report("no synonyms", new QiAnalyzer(null), d);
        for (float title : new float[] {0.1f, 0.2f, 0.3f, 0.5f}) {
            report("title " + title, new UserQuery.Ranking(title, 0, 3, 0, 0, 0, 0, 0, 0));
        }
        for (float prox : new float[] {0.1f, 0.2f}) {
            report("title 0.3, proximity " + prox + " slop 3", new UserQuery.Ranking(0.3f, prox, 3, 0, 0, 0, 0, 0, 0));
        }
        report("AND up to 3 words", new UserQuery.Ranking(0.3f, 0.1f, 3, 3, 0.1f, 0, 0, 0, 0));
        for (int docs : new int[] {5, 10, 20}) {
            for (int terms : new int[] {10, 20}) {
                for (float w : new float[] {0.3f, 0.5f, 0.6f, 0.7f}) {
                    report(
                            "feedback " + docs + " docs, " + terms + " terms, weight " + w,
                            new UserQuery.Ranking(0.3f, 0.1f, 3, 0, 0.1f, docs, terms, w, 3));
                }
            }
        }
    }

    private static void report(String name, UserQuery.Ranking ranking) {
        report(name, new QiAnalyzer(TestIndex.SYNONYMS), ranking);
    }

    private static void report(String name, QiAnalyzer analyzer, UserQuery.Ranking ranking) {
        System.out.println("| " + name + " | " + run(analyzer, ranking) + " |");
    }

    static MedCollection.Scores run(QiAnalyzer analyzer, UserQuery.Ranking ranking) {
        try (var index = new TestIndex(analyzer).add(med.entries())) {
            var searcher = index.searcher();
            var lucene = new LuceneSearcher(analyzer, ranking);
            Instant now = MedCollection.DATE.plusSeconds(86_400L * 30);
            return med.score(q -> {
                var ids = new ArrayList<Long>();
                for (int page = 0; page < 10; page++) {
                    var query = new SearchQuery(med.queries.get(q - 1), Set.of(), null, null, null, null, page, 100);
                    var hits = lucene.search(searcher, query, SCOPE, now).hits();
                    hits.forEach(hit -> ids.add(hit.id()));
                    if (hits.size() < 100) {
                        break;
                    }
                }
                return ids;
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reference: one text field, EnglishAnalyzer, BM25, QueryParser (OR). */
    static MedCollection.Scores stock() throws Exception {
        var analyzer = new EnglishAnalyzer();
        var dir = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (var doc : med.documents.entrySet()) {
                var d = new Document();
                d.add(new StringField("id", doc.getKey().toString(), Field.Store.YES));
                d.add(new TextField("text", doc.getValue(), Field.Store.NO));
                writer.addDocument(d);
            }
        }
        try (var reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            var parser = new QueryParser("text", analyzer);
            return med.score(q -> {
                try {
                    var top = searcher.search(parser.parse(QueryParser.escape(med.queries.get(q - 1))), 1000);
                    List<Long> ids = new ArrayList<>();
                    for (var hit : top.scoreDocs) {
                        ids.add(Long.valueOf(
                                searcher.storedFields().document(hit.doc).get("id")));
                    }
                    return ids;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
