package org.qicommons.search.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.qicommons.search.FacetCount;
import org.qicommons.search.IndexStatus;
import org.qicommons.search.SearchHit;
import org.qicommons.search.SearchResults;
import org.qicommons.search.Suggestion;

/** The JSON shapes of the search API. */
public final class SearchJson {
    private SearchJson() {}

    public record ResultsJson(
            String query, long total, int page, int size, List<HitJson> hits, Map<String, List<FacetCount>> facets) {
        static ResultsJson of(SearchResults results) {
            return new ResultsJson(
                    results.query(),
                    results.total(),
                    results.page(),
                    results.size(),
                    results.hits().stream().map(HitJson::of).toList(),
                    results.facets());
        }
    }

    public record HitJson(
            String type,
            long id,
            Long discussionId,
            String title,
            String snippet,
            AuthorJson author,
            GroupJson group,
            Instant createdAt,
            String url) {
        static HitJson of(SearchHit hit) {
            return new HitJson(
                    hit.type().name(),
                    hit.id(),
                    hit.discussionId(),
                    hit.title(),
                    hit.snippet(),
                    hit.authorId() == null
                            ? null
                            : new AuthorJson(
                                    hit.authorId(),
                                    hit.authorName(),
                                    hit.authorOrganisation(),
                                    hit.authorOrganisationType()),
                    hit.groupSlug() == null ? null : new GroupJson(hit.groupSlug(), hit.groupName()),
                    hit.createdAt(),
                    hit.url());
        }
    }

    /** Never the e-mail address. */
    public record AuthorJson(long id, String displayName, String organisation, String organisationType) {}

    public record GroupJson(String slug, String name) {}

    public record SuggestionJson(String text, String type, String url) {
        static SuggestionJson of(Suggestion suggestion) {
            return new SuggestionJson(suggestion.text(), suggestion.type().name(), suggestion.url());
        }
    }

    /** {@link IndexStatus} plus the percentage done, for people reading it. */
    public record StatusJson(
            String state,
            long done,
            long total,
            int percent,
            double perSecond,
            long etaSeconds,
            String reason,
            long appliedSeq,
            long logHead,
            long documents) {
        static StatusJson of(IndexStatus status) {
            int percent = status.total() == 0 ? 100 : (int) (100 * status.done() / status.total());
            return new StatusJson(
                    status.state(),
                    status.done(),
                    status.total(),
                    percent,
                    Math.round(status.perSecond() * 10) / 10.0,
                    status.etaSeconds(),
                    status.reason(),
                    status.appliedSeq(),
                    status.logHead(),
                    status.documents());
        }
    }
}
