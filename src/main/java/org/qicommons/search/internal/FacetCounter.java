package org.qicommons.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the matches and their facet values in one unscored pass. Each segment counts by its own
 * ordinals in a small array (a forum has a few hundred facet values) and turns them into labels once
 * at its end, so the pass costs one doc-values read per match: cheaper than collecting the matches
 * into a bit set and counting them afterwards through global ordinals, as Lucene's facet module does.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counted> {

    /** The total, and {@code dim -> value -> count}. */
    record Counted(long total, Map<String, Map<String, Long>> byDimension) {
        Map<String, Long> of(String dim) {
            return byDimension.getOrDefault(dim, Map.of());
        }
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Counted reduce(Collection<Counting> collectors) {
        long total = 0;
        var merged = new HashMap<String, Map<String, Long>>();
        for (Counting counting : collectors) {
            total += counting.total;
            counting.counts.forEach((dim, values) -> values.forEach((value, count) ->
                    merged.computeIfAbsent(dim, d -> new HashMap<>()).merge(value, count, Long::sum)));
        }
        return new Counted(total, merged);
    }

    static final class Counting implements Collector {
        private long total;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            long[] byOrdinal = new long[Math.toIntExact(values.getValueCount())];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (values.advanceExact(doc)) {
                        for (int i = values.docValueCount(); i > 0; i--) {
                            byOrdinal[(int) values.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int ordinal = 0; ordinal < byOrdinal.length; ordinal++) {
                        if (byOrdinal[ordinal] > 0) {
                            add(values.lookupOrd(ordinal), byOrdinal[ordinal]);
                        }
                    }
                }
            };
        }

        /** Facet values are indexed as {@code dim + U+001F + value}. */
        private void add(BytesRef label, long count) {
            String path = label.utf8ToString();
            int separator = path.indexOf(FacetsConfig.DELIM_CHAR);
            if (separator > 0) {
                counts.computeIfAbsent(path.substring(0, separator), d -> new HashMap<>())
                        .merge(path.substring(separator + 1), count, Long::sum);
            }
        }
    }
}
