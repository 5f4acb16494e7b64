package org.qicommons.search.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchHit;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.SearchResults;

/**
 * The shortcuts that make a search fast must not change its answer: the one-pass facet counter
 * agrees with Lucene's facet module, merging the typed query into the top level keeps its matches
 * and scores, and the recency factor reorders only near-equal hits.
 */
class RankingPassesTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String[] WORDS = {
        "falls",
        "ward",
        "audit",
        "equity",
        "ethnicity",
        "data",
        "care",
        "home",
        "pdsa",
        "chart",
        "run",
        "team",
        "patient",
        "safety",
        "night",
        "staff",
        "quality",
        "improvement",
        "sepsis",
        "discharge"
    };
    private static final String[] ORGANISATION_TYPES = {"NHS_TRUST", "CARE_HOME", "REGULATOR", "COMMUNITY"};

    private static TestIndex index;
    private static IndexSearcher searcher;

    @BeforeAll
    static void build() {
        index = new TestIndex();
        var random = new Random(11);
        var entries = new ArrayList<SearchDocument>();
        for (int i = 1; i <= 3_000; i++) {
            var text = new StringBuilder();
            for (int w = 3 + random.nextInt(30); w > 0; w--) {
                text.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 6)])
                        .append(' ');
            }
            HitType type = random.nextInt(4) == 0 ? HitType.DISCUSSION : HitType.REPLY;
            long group = 1 + random.nextInt(12);
            entries.add(new SearchDocument(
                    type,
                    i,
                    (long) i,
                    group,
                    "Thread " + WORDS[random.nextInt(WORDS.length)],
                    text.toString(),
                    (long) random.nextInt(50),
                    "Member",
                    "Organisation",
                    random.nextInt(10) == 0 ? null : ORGANISATION_TYPES[random.nextInt(ORGANISATION_TYPES.length)],
                    NOW.minus(Duration.ofDays(random.nextInt(1500)))));
        }
        searcher = index.add(entries).searcher();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void theFacetCounterAgreesWithCountingEveryMatchByHand() throws IOException {
        for (Query query : List.of(text("falls"), text("sepsis OR discharge"), text("pdsa audit night"))) {
            FacetCounter.Counted ours = searcher.search(query, new FacetCounter(new FacetValues()));
            Map<String, Map<String, Long>> expected = new HashMap<>();
            TopDocs all = searcher.search(query, Integer.MAX_VALUE);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : all.scoreDocs) {
                var doc = stored.document(hit.doc);
                count(expected, DocumentBuilder.FACET_TYPE, doc.get(IndexFields.TYPE));
                count(expected, DocumentBuilder.FACET_GROUP, doc.get(IndexFields.GROUP_ID));
                count(expected, DocumentBuilder.FACET_ORGANISATION_TYPE, doc.get(IndexFields.AUTHOR_ORGANISATION_TYPE));
            }
            assertEquals(all.totalHits.value(), ours.total(), query.toString());
            assertTrue(ours.total() > 100, "enough matches to mean something: " + ours.total());
            for (String dim : List.of(
                    DocumentBuilder.FACET_TYPE, DocumentBuilder.FACET_GROUP, DocumentBuilder.FACET_ORGANISATION_TYPE)) {
                assertEquals(expected.getOrDefault(dim, Map.of()), ours.of(dim), query + " " + dim);
            }
        }
    }

    private static void count(Map<String, Map<String, Long>> counts, String dim, String value) {
        if (value != null) {
            counts.computeIfAbsent(dim, d -> new HashMap<>()).merge(value, 1L, Long::sum);
        }
    }

    @Test
    void mergingTheTypedQueryIntoTheTopLevelKeepsMatchesAndScores() throws IOException {
        Query filter = new TermQuery(new Term(IndexFields.TYPE, HitType.REPLY.name()));
        for (String typed : List.of(
                "falls",
                "sepsis discharge",
                "falls -night",
                "+ward +audit",
                "+ward audit -team",
                "\"run chart\" pdsa")) {
            Query matching = text(typed);
            Query nested = new BooleanQuery.Builder()
                    .add(matching, Occur.MUST)
                    .add(filter, Occur.FILTER)
                    .build();
            Query merged = LuceneSearcher.ranked(matching, List.of(filter));
            TopDocs expected = searcher.search(nested, new TopScoreDocCollectorManager(50, Integer.MAX_VALUE));
            TopDocs actual = searcher.search(merged, new TopScoreDocCollectorManager(50, Integer.MAX_VALUE));
            assertEquals(expected.totalHits.value(), actual.totalHits.value(), typed);
            assertArrayEquals(docs(expected), docs(actual), typed);
            for (int i = 0; i < expected.scoreDocs.length; i++) {
                assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-5, typed);
            }
        }
    }

    @Test
    void recencyReordersNearEqualHitsOnly() throws IOException {
        var recency = new RecencyBoost(NOW.toEpochMilli(), 0.1);
        assertEquals(1.1, recency.factor(NOW.toEpochMilli()), 1e-9);
        assertEquals(1.05, recency.factor(NOW.minus(Duration.ofDays(365)).toEpochMilli()), 1e-9);
        assertEquals(1.1, recency.factor(NOW.plus(Duration.ofDays(3)).toEpochMilli()), 1e-9, "no bonus for the future");

        TopDocs plain = searcher.search(text("equity"), new TopScoreDocCollectorManager(100, Integer.MAX_VALUE));
        TopDocs rescored = recency.rescore(searcher, plain);
        assertEquals(plain.scoreDocs.length, rescored.scoreDocs.length);
        for (int i = 1; i < rescored.scoreDocs.length; i++) {
            assertTrue(rescored.scoreDocs[i - 1].score >= rescored.scoreDocs[i].score, "best first");
        }
        float best = plain.scoreDocs[0].score;
        for (ScoreDoc hit : rescored.scoreDocs) {
            float before = Arrays.stream(plain.scoreDocs)
                    .filter(p -> p.doc == hit.doc)
                    .findFirst()
                    .orElseThrow()
                    .score;
            assertTrue(hit.score >= before && hit.score <= before * 1.1f + 1e-4, "factor within [1, 1.1]");
            assertTrue(hit.score <= best * 1.1f + 1e-4);
        }
    }

    @Test
    void pagesFollowOnWithoutRepeatsOrGaps() {
        var groups = new HashMap<Long, ReadableScope.GroupLabel>();
        for (long id = 1; id <= 12; id++) {
            groups.put(id, new ReadableScope.GroupLabel("group-" + id, "Group " + id));
        }
        var scope = new ReadableScope(groups);
        var lucene = new LuceneSearcher(index.analyzer);
        for (String typed : List.of("falls audit", "run chart pdsa team")) { // the second uses feedback
            List<Long> onePage = ids(lucene.search(searcher, page(typed, 0, 100), scope, NOW));
            var paged = new ArrayList<Long>();
            for (int page = 0; page < 10; page++) {
                paged.addAll(ids(lucene.search(searcher, page(typed, page, 10), scope, NOW)));
            }
            assertEquals(100, onePage.size(), typed);
            assertEquals(onePage, paged, typed);
            var deeper = new ArrayList<>(paged);
            deeper.addAll(ids(lucene.search(searcher, page(typed, 10, 10), scope, NOW)));
            assertEquals(110, deeper.stream().distinct().count(), "page 11 repeats nothing: " + typed);
        }
    }

    private static SearchQuery page(String text, int page, int size) {
        return new SearchQuery(text, null, null, null, null, null, page, size);
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    private static Query text(String typed) {
        try {
            return new QueryParser(IndexFields.TEXT, index.analyzer).parse(typed);
        } catch (Exception e) {
            throw new IllegalArgumentException(typed, e);
        }
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }
}
