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
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.qicommons.search.HitType;
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

    private static final List<String> DIMENSIONS =
            List.of(DocumentBuilder.FACET_TYPE, DocumentBuilder.FACET_GROUP, DocumentBuilder.FACET_ORGANISATION_TYPE);

    private final QiAnalyzer analyzer;
    private final UserQuery userQuery;
    private final UserQuery.Ranking ranking;
    private final SearchFacets facets = new SearchFacets();

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
        int page = Math.max(0, query.page());
        Query matching = text.isEmpty() ? new MatchAllDocsQuery() : userQuery.matching(searcher, text);

        Map<String, Query> facetFilters = facetFilters(query, scope);
        var always = new ArrayList<Query>();
        always.add(permission(scope));
        Query dates = dateRange(query);
        if (dates != null) {
            always.add(dates);
        }

        var ranked = new BooleanQuery.Builder()
                .add(text.isEmpty() ? matching : recency(userQuery.scoring(matching, text), now), Occur.MUST);
        always.forEach(filter -> ranked.add(filter, Occur.FILTER));
        facetFilters.values().forEach(filter -> ranked.add(filter, Occur.FILTER));

        Query scored = ranked.build();
        if (!text.isEmpty()
                && ranking.feedbackTerms() > 0
                && UserQuery.words(text).size() >= ranking.feedbackFromWords()) {
            scored = new Feedback(analyzer, ranking.feedbackDocs(), ranking.feedbackTerms(), ranking.feedbackWeight())
                    .expand(searcher, scored);
        }
        int depth = Math.min((page + 1) * size, MAX_DEPTH);
        var manager = new FacetsCollectorManager();
        var result = text.isEmpty()
                ? FacetsCollectorManager.search(searcher, scored, depth, newestFirst(), manager)
                : FacetsCollectorManager.search(searcher, scored, depth, manager);
        FacetsCollector collected = result.facetsCollector();
        long total = collected.getMatchingDocs().stream()
                .mapToLong(docs -> docs.totalHits())
                .sum();

        var counts = new LinkedHashMap<String, List<org.qicommons.search.FacetCount>>();
        for (String dim : DIMENSIONS) {
            FacetsCollector source =
                    facetFilters.containsKey(dim) ? sideways(searcher, matching, always, facetFilters, dim) : collected;
            counts.put(dim, facets.count(searcher.getIndexReader(), source, dim, scope));
        }

        ScoreDoc[] all = result.topDocs().scoreDocs;
        int from = Math.min(page * size, all.length);
        ScoreDoc[] pageDocs = Arrays.copyOfRange(all, from, Math.min(from + size, all.length));
        List<SearchHit> hits = Hits.of(searcher, pageDocs, text.isEmpty() ? null : matching, analyzer, scope);
        return new SearchResults(text, total, page, size, hits, counts);
    }

    /**
     * Counts for one facet with every filter but its own (drill sideways), so choosing "Replies"
     * still shows how many discussions and members match.
     */
    private static FacetsCollector sideways(
            IndexSearcher searcher, Query matching, List<Query> always, Map<String, Query> filters, String dim)
            throws IOException {
        var query = new BooleanQuery.Builder().add(matching, Occur.FILTER);
        always.forEach(filter -> query.add(filter, Occur.FILTER));
        filters.forEach((other, filter) -> {
            if (!other.equals(dim)) {
                query.add(filter, Occur.FILTER);
            }
        });
        return searcher.search(query.build(), new FacetsCollectorManager());
    }

    /** Content of the groups the viewer may read, and member profiles (public). */
    static Query permission(ReadableScope scope) {
        var readable = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, HitType.MEMBER.name())), Occur.SHOULD);
        if (!scope.readableGroups().isEmpty()) {
            var ids = scope.readableGroups().keySet().stream()
                    .map(id -> new BytesRef(Long.toString(id)))
                    .toList();
            readable.add(new TermInSetQuery(IndexFields.GROUP_ID, ids), Occur.SHOULD);
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

    /** Multiplies the score by 1 + w/(1 + age in years): newer wins ties, relevance still leads. */
    private Query recency(Query query, Instant now) {
        if (ranking.recency() <= 0) {
            return query;
        }
        return FunctionScoreQuery.boostByValue(query, new RecencyBoost(now.toEpochMilli(), ranking.recency()));
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
    public List<SearchHit> similarDiscussions(
            IndexSearcher searcher, long discussionId, ReadableScope scope, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        try {
            Query self = new TermQuery(new Term(IndexFields.KEY, IndexEntry.key(HitType.DISCUSSION, discussionId)));
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
