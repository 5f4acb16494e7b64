package org.qicommons.search;

import java.util.List;
import org.qicommons.member.Viewer;

/**
 * The only way into search. Every answer (hits, totals, facet counts, suggestions, similar
 * discussions) holds only what the permission policy lets the viewer read. A query the parser
 * cannot read is answered as plain words, never with an error.
 */
public interface SearchService {
    int MAX_QUERY_LENGTH = 500;

    SearchResults search(Viewer viewer, SearchQuery query);

    List<Suggestion> suggest(Viewer viewer, String prefix, int limit);

    /** Discussions like this one, best first, never the discussion itself. */
    List<SearchHit> similarDiscussions(Viewer viewer, long discussionId, int limit);
}
