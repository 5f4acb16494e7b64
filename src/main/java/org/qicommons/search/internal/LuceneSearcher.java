package org.qicommons.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchHit;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.SearchResults;
import org.qicommons.search.SearchService;
import org.qicommons.search.Suggestion;

/**
 * Turns a member's query into Lucene queries and Lucene hits into {@link SearchResults}. Pure Lucene:
 * it gets a searcher and the viewer's {@link ReadableScope}, and knows nothing of the database or the
 * container, so it is tested on an in-memory index. Thread-safe: one instance serves all searches.
 *
 * <p>Every query is {@code scoring text AND permission AND filters}, the permission clause being a
 * non-scoring FILTER: content of a group the viewer may read, or a member profile (public). The same
 * clause guards totals, facet counts, suggestions and similar discussions.
 */
public class LuceneSearcher {
    static final ZoneId UK = ZoneId.of("Europe/London");
    /** Hits beyond this depth are not served (page * size); deeper paging means a narrower query. */
    static final int MAX_DEPTH = 10_000;
    /** How many of the best matches the bonus clauses and the recency factor reorder. */
    static final int RESCORED = 100;
    /** How many of the best matches pseudo-relevance feedback reorders. */
    static final int FEEDBACK_WINDOW = 1_000;

    private final QiAnalyzer analyzer;
    private final UserQuery userQuery;
    private final UserQuery.Ranking ranking;
    private final FacetValues facetValues = new FacetValues();

    public LuceneSearcher(QiAnalyzer analyzer) {
        this(analyzer, UserQuery.Ranking.DEFAULT);
    }

    LuceneSearcher(QiAnalyzer analyzer, UserQuery.Ranking ranking) {
        this.analyzer = analyzer;
        this.ranking = ranking;
        this.userQuery = new UserQuery(analyzer.queryAnalyzer(), analyzer, ranking);
    }

    public SearchResults search(IndexSearcher searcher, SearchQuery query, ReadableScope scope, Instant now) {
        try {
            return doSearch(searcher, query, scope, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults doSearch(IndexSearcher searcher, SearchQuery query, ReadableScope scope, Instant now)
            throws IOException {
        String text = clean(query.text());
        int size = query.size() <= 0 ? SearchQuery.DEFAULT_SIZE : Math.min(query.size(), SearchQuery.MAX_SIZE);
        int page = Math.max(0, Math.min(query.page(), SearchQuery.MAX_PAGE));
        Query matching =
                text.isEmpty() ? new MatchAllDocsQuery() : userQuery.matching(searcher, text, permission(scope));

        Map<String, Query> facetFilters = facetFilters(query, scope);
        var always = new ArrayList<Query>();
        always.add(permission(scope));
        Query dates = dateRange(query);
        if (dates != null) {
            always.add(dates);
        }
        for (String label : query.labels()) {
            always.add(new TermQuery(new Term(IndexFields.LABELS, label)));
        }

        var filters = new ArrayList<>(always);
        filters.addAll(facetFilters.values());
        Query ranked = ranked(matching, filters);
        int depth = (int) Math.min((long) (page + 1) * size, MAX_DEPTH);
        // the ranked pass stops counting at the hits it needs; the counting pass below scores nothing
        TopDocs top = text.isEmpty()
                ? searcher.search(ranked, new TopFieldCollectorManager(newestFirst(), depth, depth))
                : best(searcher, ranked, text, depth, now);
        FacetCounter.Counted all =
                searcher.search(counting(matching, always, facetFilters, null), new FacetCounter(facetValues));
        var counts = new LinkedHashMap<String, List<org.qicommons.search.FacetCount>>();
        for (String dim : FacetValues.DIMENSIONS) {
            FacetCounter.Counted source = facetFilters.containsKey(dim)
                    ? searcher.search(counting(matching, always, facetFilters, dim), new FacetCounter(facetValues))
                    : all;
            counts.put(dim, SearchFacets.labelled(source, dim, scope));
        }
        if (mayHoldLabelled(query)) {
            var labelled = new BooleanQuery.Builder()
                    .add(counting(matching, always, facetFilters, null), Occur.FILTER)
                    .add(
                            new TermInSetQuery(
                                    IndexFields.TYPE,
                                    List.of(
                                            new BytesRef(HitType.PROJECT.name()),
                                            new BytesRef(HitType.RESOURCE.name()))),
                            Occur.FILTER)
                    .build();
            counts.putAll(searcher.search(labelled, new LabelCounter()));
        }

        ScoreDoc[] ordered = top.scoreDocs;
        int from = Math.min(page * size, ordered.length);
        ScoreDoc[] pageDocs = Arrays.copyOfRange(ordered, from, Math.min(from + size, ordered.length));
        List<SearchHit> hits = Hits.of(searcher, pageDocs, text.isEmpty() ? null : matching, analyzer, scope);
        return new SearchResults(text, all.total(), page, size, hits, counts);
    }

    /**
     * The best {@code depth} hits for a text query, ranked in steps. BM25 picks the best {@code depth}
     * matches (at least {@link #RESCORED}), counting no further, so Lucene can skip documents that
     * cannot make them (block-max WAND); then the bonus clauses (words in the title, words near each
     * other) and the recency factor reorder the first {@link #RESCORED}. For longer queries,
     * pseudo-relevance feedback first reorders the first {@link #FEEDBACK_WINDOW} by the words of the
     * best ten. Each step reorders a window that does not depend on the page asked for, so paging
     * never repeats or skips a hit.
     */
    private TopDocs best(IndexSearcher searcher, Query ranked, String text, int depth, Instant now) throws IOException {
        boolean withFeedback =
                ranking.feedbackTerms() > 0 && UserQuery.words(text).size() >= ranking.feedbackFromWords();
        int candidates = Math.max(depth, withFeedback ? FEEDBACK_WINDOW : RESCORED);
        Query bonus = userQuery.bonus(text);
        var recency = new RecencyBoost(now.toEpochMilli(), ranking.recency());
        TopDocs top = searcher.search(ranked, new TopScoreDocCollectorManager(candidates, candidates));
        TopDocs withoutFeedback =
                reorderHead(top, RESCORED, head -> bonusAndRecency(searcher, head, bonus, 1, recency));
        if (!withFeedback) {
            return withoutFeedback;
        }
        var feedback =
                new Feedback(analyzer, ranking.feedbackDocs(), ranking.feedbackTerms(), ranking.feedbackWeight());
        TopDocs expanded =
                reorderHead(top, FEEDBACK_WINDOW, head -> feedback.rescore(searcher, head, withoutFeedback.scoreDocs));
        return reorderHead(
                expanded, RESCORED, head -> bonusAndRecency(searcher, head, bonus, feedback.originalWeight(), recency));
    }

    /** Scores plus {@code weight} times the bonus clauses' score, times the recency factor; best first. */
    private static TopDocs bonusAndRecency(
            IndexSearcher searcher, TopDocs hits, Query bonus, float weight, RecencyBoost recency) throws IOException {
        TopDocs scored =
                bonus == null ? hits : QueryRescorer.rescore(searcher, hits, bonus, weight, hits.scoreDocs.length);
        return recency.rescore(searcher, scored);
    }

    @FunctionalInterface
    private interface Reorder {
        TopDocs apply(TopDocs head) throws IOException;
    }

    /** The first {@code window} of {@code top} reordered, the rest as they are. */
    private static TopDocs reorderHead(TopDocs top, int window, Reorder reorder) throws IOException {
        int size = Math.min(window, top.scoreDocs.length);
        if (size == 0) {
            return top;
        }
        // copies: Lucene's QueryRescorer writes its scores into the ScoreDocs it is given
        var copies = new ScoreDoc[size];
        for (int i = 0; i < size; i++) {
            copies[i] = new ScoreDoc(top.scoreDocs[i].doc, top.scoreDocs[i].score, top.scoreDocs[i].shardIndex);
        }
        TopDocs head = reorder.apply(new TopDocs(top.totalHits, copies));
        ScoreDoc[] all = Arrays.copyOf(head.scoreDocs, top.scoreDocs.length);
        System.arraycopy(top.scoreDocs, size, all, size, top.scoreDocs.length - size);
        return new TopDocs(top.totalHits, all);
    }

    /**
     * {@code matching} with the filters. A plain boolean query is merged into the top level rather
     * than nested (the same matches and scores), which lets Lucene use its fastest top-hits scorer
     * for the common case of a few words ORed together.
     */
    static Query ranked(Query matching, List<Query> filters) {
        var ranked = new BooleanQuery.Builder();
        if (matching instanceof BooleanQuery bool && !bool.clauses().isEmpty()) {
            boolean required =
                    bool.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST || c.occur() == Occur.FILTER);
            boolean optional = bool.clauses().stream().anyMatch(c -> c.occur() == Occur.SHOULD);
            bool.clauses().forEach(ranked::add);
            // without required clauses, one SHOULD clause has to match; the filters must not change that
            ranked.setMinimumNumberShouldMatch(
                    required || !optional
                            ? bool.getMinimumNumberShouldMatch()
                            : Math.max(1, bool.getMinimumNumberShouldMatch()));
        } else {
            ranked.add(matching, Occur.MUST);
        }
        filters.forEach(filter -> ranked.add(filter, Occur.FILTER));
        return ranked.build();
    }

    /**
     * What the count and facet counts are over: every match that passes the filters, unscored. With
     * {@code exceptDim}, that facet's own filter is left out (drill sideways), so choosing "Replies"
     * still shows how many discussions and members match.
     */
    /** Whether the results may hold projects or resources, whose facets are then counted. */
    private static boolean mayHoldLabelled(SearchQuery query) {
        return query.types() == null
                || query.types().isEmpty()
                || query.types().contains(HitType.PROJECT)
                || query.types().contains(HitType.RESOURCE);
    }

    private static Query counting(Query matching, List<Query> always, Map<String, Query> filters, String exceptDim) {
        var query = new BooleanQuery.Builder().add(matching, Occur.FILTER);
        always.forEach(filter -> query.add(filter, Occur.FILTER));
        filters.forEach((dim, filter) -> {
            if (!dim.equals(exceptDim)) {
                query.add(filter, Occur.FILTER);
            }
        });
        return query.build();
    }

    /**
     * Content of the groups the viewer may read, member profiles (public), and things whose audience
     * includes one of the viewer's terms (the access policy's index twin).
     */
    static Query permission(ReadableScope scope) {
        var readable = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, HitType.MEMBER.name())), Occur.SHOULD);
        if (!scope.readableGroups().isEmpty()) {
            var ids = scope.readableGroups().keySet().stream()
                    .map(id -> new BytesRef(Long.toString(id)))
                    .toList();
            readable.add(new TermInSetQuery(IndexFields.GROUP_ID, ids), Occur.SHOULD);
        }
        if (!scope.audienceTerms().isEmpty()) {
            var terms = scope.audienceTerms().stream().map(BytesRef::new).toList();
            readable.add(new TermInSetQuery(IndexFields.AUDIENCE, terms), Occur.SHOULD);
        }
        return readable.build();
    }

    private static Map<String, Query> facetFilters(SearchQuery query, ReadableScope scope) {
        var filters = new LinkedHashMap<String, Query>();
        if (query.types() != null && !query.types().isEmpty()) {
            var names = query.types().stream().map(t -> new BytesRef(t.name())).toList();
            filters.put(DocumentBuilder.FACET_TYPE, new TermInSetQuery(IndexFields.TYPE, names));
        }
        if (query.groupSlug() != null && !query.groupSlug().isBlank()) {
            Long groupId = scope.groupIdOf(query.groupSlug());
            // a group the viewer cannot read (or that does not exist) matches nothing, not everything
            filters.put(
                    DocumentBuilder.FACET_GROUP,
                    groupId == null
                            ? new MatchNoDocsQuery("unreadable group")
                            : new TermQuery(new Term(IndexFields.GROUP_ID, Long.toString(groupId))));
        }
        if (query.organisationType() != null && !query.organisationType().isBlank()) {
            filters.put(
                    DocumentBuilder.FACET_ORGANISATION_TYPE,
                    new TermQuery(new Term(IndexFields.AUTHOR_ORGANISATION_TYPE, query.organisationType())));
        }
        return filters;
    }

    /** From the start of {@code from} to the end of {@code to}, days in UK time; null if unbounded. */
    private static Query dateRange(SearchQuery query) {
        if (query.from() == null && query.to() == null) {
            return null;
        }
        long lower = query.from() == null
                ? Long.MIN_VALUE
                : query.from().atStartOfDay(UK).toInstant().toEpochMilli();
        long upper = query.to() == null
                ? Long.MAX_VALUE
                : query.to().plusDays(1).atStartOfDay(UK).toInstant().toEpochMilli() - 1;
        return LongPoint.newRangeQuery(IndexFields.CREATED, lower, upper);
    }

    private static Sort newestFirst() {
        var created = new SortField(IndexFields.CREATED, SortField.Type.LONG, true);
        created.setMissingValue(Long.MIN_VALUE);
        return new Sort(created, SortField.FIELD_DOC);
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() <= SearchService.MAX_QUERY_LENGTH
                ? stripped
                : stripped.substring(0, SearchService.MAX_QUERY_LENGTH);
    }

    /**
     * Titles, group names and member names having a word that starts with each word typed (so
     * "qual imp" suggests "Quality improvement in care homes"), readable ones only, best then newest.
     */
    public List<Suggestion> suggest(IndexSearcher searcher, String prefix, ReadableScope scope, int limit) {
        if (prefix == null || prefix.isBlank() || limit <= 0) {
            return List.of();
        }
        try {
            var query = new BooleanQuery.Builder();
            var words = suggestWords(clean(prefix));
            if (words.isEmpty()) {
                return List.of();
            }
            words.forEach(word -> query.add(new TermQuery(new Term(IndexFields.SUGGEST, word)), Occur.MUST));
            query.add(permission(scope), Occur.FILTER);
            var created = new SortField(IndexFields.CREATED, SortField.Type.LONG, true);
            created.setMissingValue(Long.MIN_VALUE);
            TopDocs top = searcher.search(query.build(), limit * 4, new Sort(SortField.FIELD_SCORE, created));
            var seen = new HashSet<String>();
            var suggestions = new ArrayList<Suggestion>();
            var stored = searcher.storedFields();
            for (ScoreDoc doc : top.scoreDocs) {
                var fields = stored.document(doc.doc);
                String title = fields.get(IndexFields.TITLE);
                if (title == null || !seen.add(title.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                var type = HitType.valueOf(fields.get(IndexFields.TYPE));
                long id = Long.parseLong(fields.get(IndexFields.ID));
                String groupId = fields.get(IndexFields.GROUP_ID);
                var group = groupId == null ? null : scope.readableGroups().get(Long.valueOf(groupId));
                suggestions.add(new Suggestion(title, type, Hits.url(type, id, id, group)));
                if (suggestions.size() == limit) {
                    break;
                }
            }
            return suggestions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> suggestWords(String prefix) throws IOException {
        var words = new ArrayList<String>();
        try (var analyzer = QiAnalyzer.suggestQueryAnalyzer();
                var stream = analyzer.tokenStream(IndexFields.SUGGEST, prefix)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < 8) {
                String word = term.toString();
                words.add(
                        word.length() <= QiAnalyzer.SUGGEST_MAX_GRAM
                                ? word
                                : word.substring(0, QiAnalyzer.SUGGEST_MAX_GRAM));
            }
            stream.end();
        }
        return words;
    }

    /**
     * Discussions whose text is most like this one's (MoreLikeThis over {@link IndexFields#TEXT}),
     * readable ones only, never itself. A discussion the viewer cannot read has no similar ones.
     */
    /** Whether the item's document is in the index and within the viewer's reach. */
    public boolean readable(IndexSearcher searcher, HitType type, long id, ReadableScope scope) {
        try {
            Query self = new TermQuery(new Term(IndexFields.KEY, SearchDocument.key(type, id)));
            return searcher.count(new BooleanQuery.Builder()
                            .add(self, Occur.MUST)
                            .add(permission(scope), Occur.FILTER)
                            .build())
                    > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<SearchHit> similarDiscussions(
            IndexSearcher searcher, long discussionId, ReadableScope scope, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        try {
            Query self = new TermQuery(new Term(IndexFields.KEY, SearchDocument.key(HitType.DISCUSSION, discussionId)));
            Query permission = permission(scope);
            TopDocs found = searcher.search(
                    new BooleanQuery.Builder()
                            .add(self, Occur.MUST)
                            .add(permission, Occur.FILTER)
                            .build(),
                    1);
            if (found.scoreDocs.length == 0) {
                return List.of();
            }
            var source = searcher.storedFields().document(found.scoreDocs[0].doc);
            var like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(analyzer);
            like.setFieldNames(new String[] {IndexFields.TEXT});
            like.setMinTermFreq(1);
            like.setMinDocFreq(1);
            like.setMaxQueryTerms(25);
            Query query = like.like(
                    IndexFields.TEXT,
                    new StringReader(source.get(IndexFields.TITLE) + "\n" + source.get(IndexFields.BODY)));
            var similar = new BooleanQuery.Builder()
                    .add(query, Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.TYPE, HitType.DISCUSSION.name())), Occur.FILTER)
                    .add(permission, Occur.FILTER)
                    .add(self, Occur.MUST_NOT)
                    .build();
            return Hits.of(searcher, searcher.search(similar, limit).scoreDocs, null, analyzer, scope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
