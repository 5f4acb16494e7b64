package org.qicommons.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and facet counts by facet name ({@code type}, {@code group},
 * {@code organisationType}). Every number counts only what the viewer may read.
 */
public record SearchResults(
        String query, long total, int page, int size, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {}
