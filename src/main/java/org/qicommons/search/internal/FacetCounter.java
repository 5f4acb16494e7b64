package org.qicommons.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matches and their facet values in one unscored pass. A document's facet values are one
 * sorted doc value ({@link IndexFields#FACETS}), so a match costs one doc-value read and one array
 * increment; each segment's ordinals are turned into values through {@link FacetValues}, decoded
 * once per segment. Reading Lucene's multi-valued facet doc values took about half of a search's
 * time on a large forum.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counted> {
    private final FacetValues values;

    FacetCounter(FacetValues values) {
        this.values = values;
    }

    /** The total, and {@code dim -> value -> count}. */
    record Counted(long total, Map<String, Map<String, Long>> byDimension) {
        Map<String, Long> of(String dim) {
            return byDimension.getOrDefault(dim, Map.of());
        }
    }

    @Override
    public Counting newCollector() {
        return new Counting(values);
    }

    @Override
    public Counted reduce(Collection<Counting> collectors) {
        long total = 0;
        var merged = new HashMap<String, Map<String, Long>>();
        for (Counting counting : collectors) {
            total += counting.total;
            for (int dim = 0; dim < FacetValues.DIMENSIONS.size(); dim++) {
                long[] counts = counting.byValue[dim];
                for (int id = 0; id < counts.length; id++) {
                    if (counts[id] > 0) {
                        merged.computeIfAbsent(FacetValues.DIMENSIONS.get(dim), d -> new HashMap<>())
                                .merge(values.name(dim, id), counts[id], Long::sum);
                    }
                }
            }
        }
        return new Counted(total, merged);
    }

    static final class Counting implements Collector {
        private final FacetValues values;
        private long total;
        private final long[][] byValue = new long[FacetValues.DIMENSIONS.size()][0];

        Counting(FacetValues values) {
            this.values = values;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues facets = DocValues.getSorted(context.reader(), IndexFields.FACETS);
            int[] decoded = values.segment(context.reader());
            long[] byOrdinal = new long[facets.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (facets.advanceExact(doc)) {
                        byOrdinal[facets.ordValue()]++;
                    }
                }

                @Override
                public void finish() {
                    int dimensions = byValue.length;
                    for (int ordinal = 0; ordinal < byOrdinal.length; ordinal++) {
                        if (byOrdinal[ordinal] > 0) {
                            for (int dim = 0; dim < dimensions; dim++) {
                                int id = decoded[ordinal * dimensions + dim];
                                if (id != FacetValues.NONE) {
                                    add(dim, id, byOrdinal[ordinal]);
                                }
                            }
                        }
                    }
                }
            };
        }

        private void add(int dim, int id, long count) {
            if (id >= byValue[dim].length) {
                byValue[dim] = Arrays.copyOf(byValue[dim], Math.max(id + 1, values.size(dim)));
            }
            byValue[dim][id] += count;
        }
    }
}
