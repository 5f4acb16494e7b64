package org.qicommons.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.qicommons.organisation.OrganisationType;
import org.qicommons.search.FacetCount;
import org.qicommons.search.HitType;

/**
 * Facet counts from sorted-set doc values, labelled for people. The ordinal state is built once per
 * index reader (a near-real-time reopen makes a new one) and kept until the reader changes.
 */
final class SearchFacets {
    private record CachedState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private volatile CachedState cached;

    /** Counts of {@code dim} over the collected documents, most first; empty if nothing has it. */
    List<FacetCount> count(IndexReader reader, FacetsCollector collected, String dim, ReadableScope scope)
            throws IOException {
        var state = state(reader);
        if (state == null || state.getOrdRange(dim) == null) {
            return List.of();
        }
        FacetResult result = new SortedSetDocValuesFacetCounts(state, collected).getAllChildren(dim);
        var counts = new ArrayList<FacetCount>();
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                var count = labelled(dim, value.label, value.value.longValue(), scope);
                if (count != null && count.count() > 0) {
                    counts.add(count);
                }
            }
        }
        counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
        return counts;
    }

    private static FacetCount labelled(String dim, String value, long count, ReadableScope scope) {
        return switch (dim) {
            case DocumentBuilder.FACET_GROUP -> {
                var group = scope.readableGroups().get(Long.parseLong(value));
                yield group == null ? null : new FacetCount(group.slug(), group.name(), count);
            }
            case DocumentBuilder.FACET_TYPE -> new FacetCount(value, typeLabel(value), count);
            case DocumentBuilder.FACET_ORGANISATION_TYPE -> new FacetCount(value, organisationLabel(value), count);
            default -> new FacetCount(value, value, count);
        };
    }

    private static String typeLabel(String value) {
        return switch (HitType.valueOf(value)) {
            case DISCUSSION -> "Discussions";
            case REPLY -> "Replies";
            case MEMBER -> "Members";
            case GROUP -> "Groups";
        };
    }

    private static String organisationLabel(String value) {
        try {
            return OrganisationType.valueOf(value).label();
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        var current = cached;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, DocumentBuilder.FACETS);
        } catch (IllegalArgumentException noFacetsYet) { // an empty index has no facet field at all
            state = null;
        }
        cached = new CachedState(reader, state);
        return state;
    }
}
