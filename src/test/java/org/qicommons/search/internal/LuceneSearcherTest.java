package org.qicommons.search.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qicommons.search.internal.SampleIndex.INSIDER;
import static org.qicommons.search.internal.SampleIndex.NOW;
import static org.qicommons.search.internal.SampleIndex.OUTSIDER;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qicommons.search.FacetCount;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchHit;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.SearchResults;

class LuceneSearcherTest {
    private TestIndex index;
    private IndexSearcher searcher;
    private LuceneSearcher lucene;

    @BeforeEach
    void build() {
        index = new TestIndex().add(SampleIndex.entries());
        searcher = index.searcher();
        lucene = new LuceneSearcher(index.analyzer);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private SearchResults search(String text, ReadableScope scope) {
        return lucene.search(searcher, SearchQuery.of(text), scope, NOW);
    }

    private List<Long> ids(String text) {
        return ids(search(text, OUTSIDER));
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void synonymsWorkBothWays() {
        assertTrue(ids("QI").contains(11L), "QI finds 'quality improvement'");
        assertTrue(ids("quality improvement").contains(1L), "'quality improvement' finds the group about QI");
        assertTrue(ids("PDSA").contains(12L), "PDSA finds 'plan do study act'");
        assertTrue(ids("plan do study act").contains(10L), "'plan do study act' finds PDSA");
        assertTrue(ids("SPC").contains(11L));
    }

    @Test
    void toleratesTypos() {
        assertEquals(10L, ids("ethnicty").getFirst());
        assertEquals(12L, ids("prevnetion").getFirst());
    }

    @Test
    void phrasesExclusionsOrAndPrefixes() {
        assertTrue(ids("\"falls audit\"").isEmpty(), "the only falls audit is private");
        assertEquals(List.of(13L), ids(search("\"falls audit\"", INSIDER)));
        assertTrue(ids("\"wards falls\"").isEmpty(), "a phrase keeps its order");
        assertTrue(ids("wards falls").contains(12L));
        assertFalse(ids("falls -night").contains(12L));
        assertTrue(ids("falls -night").contains(14L));
        assertTrue(ids("ethnicity OR night").containsAll(List.of(10L, 12L)));
        assertEquals(List.of(30L), ids("equit*"));
        assertTrue(ids("-falls").contains(30L), "an exclusion alone means everything else");
    }

    @Test
    void unreadableQueriesAreAnsweredAsWords() {
        var nasty = List.of(
                "\"",
                "\"unbalanced falls",
                "-",
                "AND AND",
                "OR",
                "NOT",
                "*",
                "?",
                "(",
                ")",
                "((falls",
                "[a TO",
                "{}",
                "title:falls",
                "groupId:2",
                "\\",
                "a&&b||c",
                "~2",
                "falls~",
                "^3",
                "falls^",
                "/regex.*/",
                "!!",
                "::",
                "+-",
                "falls AND",
                "AND falls",
                "\"\" \"\"",
                "*falls",
                "fal?s",
                "x".repeat(600),
                "falls ".repeat(400),
                "\u0000\u202e",
                "%",
                "'",
                "<script>");
        for (String text : nasty) {
            assertDoesNotThrow(() -> search(text, OUTSIDER), text);
            assertDoesNotThrow(() -> lucene.suggest(searcher, text, OUTSIDER, 5), text);
        }
        assertTrue(ids("falls AND").contains(12L));
        assertTrue(ids("\"unbalanced falls").contains(12L));
        assertFalse(ids("groupId:2").contains(13L));
    }

    @Test
    void privateContentNeverReachesAnOutsider() {
        var outsider = search("falls", OUTSIDER);
        assertFalse(ids(outsider).contains(13L));
        assertFalse(ids(outsider).contains(2L), "nor the private group itself");
        assertEquals(outsider.hits().size(), outsider.total());
        outsider.facets().values().stream().flatMap(List::stream).forEach(count -> {
            assertFalse(count.value().equals("falls-panel") || count.value().equals("REGULATOR"), count.toString());
        });
        assertTrue(lucene.suggest(searcher, "secr", OUTSIDER, 5).isEmpty());
        assertTrue(lucene.suggest(searcher, "falls pan", OUTSIDER, 5).isEmpty());
        assertTrue(lucene.similarDiscussions(searcher, 13, OUTSIDER, 5).isEmpty());
        assertFalse(
                lucene.similarDiscussions(searcher, 12, OUTSIDER, 5).stream().anyMatch(hit -> hit.id() == 13));
        assertTrue(
                ids(lucene.search(searcher, filtered("falls", null, "falls-panel", null), OUTSIDER, NOW))
                        .isEmpty(),
                "a group the viewer cannot read means no hits, not all hits");

        var insider = search("falls", INSIDER);
        assertTrue(ids(insider).containsAll(List.of(13L, 2L)));
        assertEquals(outsider.total() + 2, insider.total());
        assertTrue(insider.facets().get("group").contains(new FacetCount("falls-panel", "Falls panel", 2)));
        assertEquals(
                "Secret falls audit",
                lucene.suggest(searcher, "secr", INSIDER, 5).getFirst().text());
        assertTrue(lucene.similarDiscussions(searcher, 12, INSIDER, 5).stream().anyMatch(hit -> hit.id() == 13));
    }

    @Test
    void facetCountsSeeEveryFilterButTheirOwn() {
        var all = search("falls", OUTSIDER);
        assertTrue(all.facets().get("type").contains(new FacetCount("DISCUSSION", "Discussions", 2)));
        assertTrue(all.facets().get("organisationType").contains(new FacetCount("NHS_TRUST", "NHS trust", 1)));

        var replies =
                lucene.search(searcher, filtered("improvement", Set.of(HitType.REPLY), null, null), OUTSIDER, NOW);
        assertTrue(replies.hits().stream().allMatch(hit -> hit.type() == HitType.REPLY));
        assertEquals(1, replies.total());
        var types = replies.facets().get("type");
        assertTrue(types.stream().anyMatch(c -> c.value().equals("MEMBER")), "other types still counted: " + types);
        assertEquals(
                List.of(new FacetCount("NHS_TRUST", "NHS trust", 1)),
                replies.facets().get("organisationType"));

        var careHomes = lucene.search(searcher, filtered("", Set.of(), null, "CARE_HOME"), OUTSIDER, NOW);
        assertEquals(List.of(10L), ids(careHomes));
    }

    @Test
    void dateRangeIsInclusiveInUkTime() {
        var query =
                new SearchQuery("", Set.of(), null, null, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10), 0, 20);
        assertEquals(List.of(10L), ids(lucene.search(searcher, query, OUTSIDER, NOW)));
        var open = new SearchQuery("", Set.of(), null, null, LocalDate.of(2025, 1, 10), null, 0, 20);
        assertEquals(List.of(11L, 10L), ids(lucene.search(searcher, open, OUTSIDER, NOW)));
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() {
        var hit = search("falls", OUTSIDER).hits().stream()
                .filter(h -> h.id() == 14)
                .findFirst()
                .orElseThrow();
        assertTrue(hit.snippet().contains("<mark>Falls</mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
        assertFalse(hit.snippet().replace("<mark>", "").replace("</mark>", "").contains("<"), hit.snippet());
        var markdown = search("admission", OUTSIDER).hits().getFirst();
        assertFalse(markdown.snippet().contains("**"), "Markdown is reduced to text: " + markdown.snippet());
        assertTrue(markdown.snippet().contains("PDSA"));
    }

    @Test
    void hitsCarryAuthorGroupDateAndWhereToGo() {
        var reply = search("run charts", OUTSIDER).hits().getFirst();
        assertEquals(HitType.REPLY, reply.type());
        assertEquals("/p/11", reply.url());
        assertEquals(10L, reply.discussionId());
        assertEquals("Bob Jones", reply.authorName());
        assertEquals("Leeds Teaching Hospitals", reply.authorOrganisation());
        assertEquals("qi-network", reply.groupSlug());
        assertEquals("QI Network", reply.groupName());
        assertEquals(Instant.parse("2025-01-11T10:00:00Z"), reply.createdAt());
        assertEquals(
                "/discussion/view.xhtml?id=12",
                search("wards", OUTSIDER).hits().getFirst().url());
        assertEquals(
                "/member/view.xhtml?id=30",
                search("Alice", OUTSIDER).hits().getFirst().url());
        var group = search("network", OUTSIDER).hits().getFirst();
        assertEquals("/group/view.xhtml?slug=qi-network", group.url());
    }

    @Test
    void recencyBreaksTies() {
        index.add(SampleIndex.discussion(
                40, 1, "Handover huddles", "Safety huddles at handover.", "NHS_TRUST", "2020-01-01T00:00:00Z"));
        index.add(SampleIndex.discussion(
                41, 1, "Handover huddles", "Safety huddles at handover.", "NHS_TRUST", "2025-05-01T00:00:00Z"));
        searcher = index.searcher();
        assertEquals(List.of(41L, 40L), ids("huddles"));
    }

    @Test
    void aBlankQueryBrowsesNewestFirstWithFacets() {
        var browse = search("  ", OUTSIDER);
        assertEquals(List.of(11L, 10L, 12L, 14L, 30L, 1L), ids(browse));
        assertEquals(6, browse.total());
        assertFalse(browse.facets().get("type").isEmpty());
        var page =
                lucene.search(searcher, new SearchQuery(null, Set.of(), null, null, null, null, 1, 4), OUTSIDER, NOW);
        assertEquals(List.of(30L, 1L), ids(page));
    }

    @Test
    void suggestsTitlesGroupsAndMembersByWordPrefix() {
        var suggestions = lucene.suggest(searcher, "Eq", OUTSIDER, 5);
        assertEquals("Alice Equity", suggestions.getFirst().text());
        assertEquals("/member/view.xhtml?id=30", suggestions.getFirst().url());
        assertEquals(
                List.of("Improving ethnicity data quality in care homes"),
                lucene.suggest(searcher, "data qual", OUTSIDER, 5).stream()
                        .map(s -> s.text())
                        .toList(),
                "replies repeat their discussion's title: suggested once");
        assertEquals(
                "/group/view.xhtml?slug=qi-network",
                lucene.suggest(searcher, "qi net", OUTSIDER, 5).getFirst().url());
    }

    @Test
    void similarDiscussionsAreDiscussionsOnly() {
        var similar = lucene.similarDiscussions(searcher, 12, INSIDER, 5);
        assertFalse(similar.isEmpty());
        assertTrue(similar.stream().allMatch(hit -> hit.type() == HitType.DISCUSSION && hit.id() != 12));
    }

    private static SearchQuery filtered(String text, Set<HitType> types, String group, String organisationType) {
        return new SearchQuery(text, types, group, organisationType, null, null, 0, 20);
    }

    @Test
    void aReplyThatOnlyInheritsAWordFromItsTitleRanksBelowPostsThatSayIt() throws IOException {
        String title = "Our care home improvement project";
        List<SearchDocument> entries = new java.util.ArrayList<>();
        entries.add(new SearchDocument(
                HitType.DISCUSSION,
                100,
                100L,
                SampleIndex.PUBLIC,
                title,
                "We are starting a project on hydration. ".repeat(3)
                        + "Residents' fluid intake is charted every shift and reviewed weekly by the team.",
                21L,
                "Ann Lee",
                "Brightwater Care",
                "CARE_HOME",
                Instant.parse("2025-01-10T10:00:00Z")));
        for (long id = 101; id <= 105; id++) {
            entries.add(new SearchDocument(
                    HitType.REPLY,
                    id,
                    100L,
                    SampleIndex.PUBLIC,
                    title,
                    "Thanks, very helpful.",
                    22L,
                    "Bob Jones",
                    "Leeds Teaching Hospitals",
                    "NHS_TRUST",
                    Instant.parse("2025-01-11T10:00:00Z")));
        }
        entries.add(new SearchDocument(
                HitType.REPLY,
                106,
                100L,
                SampleIndex.PUBLIC,
                title,
                "Our own project measured falls for a year before it changed anything on the wards.",
                23L,
                "Cat Patel",
                "Westmoor Hospitals",
                "NHS_TRUST",
                Instant.parse("2025-01-12T10:00:00Z")));
        try (TestIndex own = new TestIndex().add(entries)) {
            List<Long> found = lucene.search(own.searcher(), SearchQuery.of("project"), OUTSIDER, NOW).hits().stream()
                    .map(SearchHit::id)
                    .toList();
            assertEquals(Set.of(100L, 106L), Set.copyOf(found.subList(0, 2)), () -> "own words first: " + found);
            assertTrue(found.containsAll(List.of(101L, 105L)), () -> "still found through the title: " + found);
            List<Long> excluded =
                    lucene.search(own.searcher(), SearchQuery.of("project -falls"), OUTSIDER, NOW).hits().stream()
                            .map(SearchHit::id)
                            .toList();
            assertFalse(excluded.contains(106L), () -> "an excluded word still excludes: " + excluded);
            List<Long> titleExcluded =
                    lucene.search(own.searcher(), SearchQuery.of("thanks -improvement"), OUTSIDER, NOW).hits().stream()
                            .map(SearchHit::id)
                            .toList();
            assertEquals(List.of(), titleExcluded, "excluded by the title they inherit too");
        }
    }

    @Test
    void whetherAWordIsKnownDependsOnlyOnWhatTheReaderMayRead() throws IOException {
        SearchDocument open = new SearchDocument(
                HitType.DISCUSSION,
                200,
                200L,
                SampleIndex.PUBLIC,
                "Falls audit",
                "We measured the falls rate.",
                21L,
                "Ann Lee",
                "Brightwater Care",
                "CARE_HOME",
                Instant.parse("2025-01-10T10:00:00Z"));
        SearchDocument hidden = new SearchDocument(
                HitType.DISCUSSION,
                201,
                201L,
                SampleIndex.PRIVATE,
                "Walking group",
                "The fells walking group meets.",
                22L,
                "Bob Jones",
                "Leeds Teaching Hospitals",
                "NHS_TRUST",
                Instant.parse("2025-01-11T10:00:00Z"));
        try (TestIndex withPrivate = new TestIndex().add(List.of(open, hidden));
                TestIndex withoutPrivate = new TestIndex().add(List.of(open))) {
            SearchResults outsider = lucene.search(withPrivate.searcher(), SearchQuery.of("fells"), OUTSIDER, NOW);
            SearchResults asIfAbsent = lucene.search(withoutPrivate.searcher(), SearchQuery.of("fells"), OUTSIDER, NOW);
            assertEquals(asIfAbsent.total(), outsider.total(), "a word only private content holds changes nothing");
            assertEquals(ids(asIfAbsent), ids(outsider));
            assertEquals(List.of(200L), ids(outsider), "typo tolerance: 'fells' finds 'falls'");
            assertEquals(
                    List.of(201L),
                    ids(lucene.search(withPrivate.searcher(), SearchQuery.of("fells"), INSIDER, NOW)),
                    "to an insider the word is known, and matched exactly");
        }
    }

    @Test
    void aWordRepeatedIsSearchedOnce() {
        assertEquals(ids("falls"), ids("falls ".repeat(100)));
        assertEquals(ids("ethnicty"), ids("ethnicty ".repeat(100)));
    }
}
