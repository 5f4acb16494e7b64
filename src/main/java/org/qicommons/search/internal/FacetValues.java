package org.qicommons.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;

/**
 * The facet values of each index segment, decoded once per segment and shared by every search: for
 * each ordinal of {@link IndexFields#FACETS}, a small number per dimension (type, group, organisation
 * type). Decoding a segment's few thousand combinations for every search cost more than counting its
 * matches. A segment never changes, so its entry lives until the segment is closed.
 */
final class FacetValues {
    static final List<String> DIMENSIONS =
            List.of(DocumentBuilder.FACET_TYPE, DocumentBuilder.FACET_GROUP, DocumentBuilder.FACET_ORGANISATION_TYPE);
    static final int NONE = -1;

    private final List<Map<String, Integer>> ids = new ArrayList<>();
    private final List<List<String>> names = new ArrayList<>();
    private final Map<IndexReader.CacheKey, int[]> segments = new ConcurrentHashMap<>();

    FacetValues() {
        for (int dim = 0; dim < DIMENSIONS.size(); dim++) {
            ids.add(new ConcurrentHashMap<>());
            names.add(new ArrayList<>());
        }
    }

    /**
     * For ordinal {@code o} of the segment's {@link IndexFields#FACETS}, the value numbers of the
     * dimensions at {@code o * dimensions + dim} ({@link #NONE} where the document has none).
     */
    int[] segment(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return decode(reader);
        }
        int[] known = segments.get(helper.getKey());
        if (known != null) {
            return known;
        }
        int[] decoded = decode(reader);
        if (segments.putIfAbsent(helper.getKey(), decoded) == null) {
            helper.addClosedListener(segments::remove);
        }
        return decoded;
    }

    /** The value with number {@code id} in dimension {@code dim}. */
    synchronized String name(int dim, int id) {
        return names.get(dim).get(id);
    }

    /** How many values dimension {@code dim} has so far. */
    synchronized int size(int dim) {
        return names.get(dim).size();
    }

    private int[] decode(LeafReader reader) throws IOException {
        SortedDocValues values = DocValues.getSorted(reader, IndexFields.FACETS);
        int dimensions = DIMENSIONS.size();
        int[] decoded = new int[values.getValueCount() * dimensions];
        String separator = String.valueOf(IndexFields.FACET_SEPARATOR);
        for (int ordinal = 0; ordinal < values.getValueCount(); ordinal++) {
            String[] parts = values.lookupOrd(ordinal).utf8ToString().split(separator, -1);
            for (int dim = 0; dim < dimensions; dim++) {
                String value = dim < parts.length ? parts[dim] : "";
                decoded[ordinal * dimensions + dim] = value.isEmpty() ? NONE : id(dim, value);
            }
        }
        return decoded;
    }

    private int id(int dim, String value) {
        Integer known = ids.get(dim).get(value);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            return ids.get(dim).computeIfAbsent(value, v -> {
                names.get(dim).add(v);
                return names.get(dim).size() - 1;
            });
        }
    }
}
