package org.qicommons.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.qicommons.search.FacetCount;
import org.qicommons.search.SearchQuery;

/**
 * Counts the project and resource facet values ({@link IndexFields#LABEL_VALUES}) of the matches. Run
 * only over projects and resources, a small part of the index, so reading a multi-valued doc value per
 * match costs little, unlike for posts (see {@link FacetCounter}).
 */
final class LabelCounter implements CollectorManager<LabelCounter.Counting, Map<String, List<FacetCount>>> {
    /** At most this many values of a dimension are listed (tags can be many). */
    static final int MAX_VALUES = 20;

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Map<String, List<FacetCount>> reduce(Collection<Counting> collectors) {
        Map<String, Long> merged = new HashMap<>();
        collectors.forEach(counting -> counting.counts.forEach((term, count) -> merged.merge(term, count, Long::sum)));
        Map<String, List<FacetCount>> byDimension = new LinkedHashMap<>();
        SearchQuery.LABEL_DIMENSIONS.forEach(dim -> byDimension.put(dim, new ArrayList<>()));
        String separator = String.valueOf(IndexFields.FACET_SEPARATOR);
        merged.forEach((term, count) -> {
            String[] parts = term.split(separator, 3);
            List<FacetCount> counts = parts.length == 3 ? byDimension.get(parts[0]) : null;
            if (counts != null) {
                counts.add(new FacetCount(parts[1], parts[2], count));
            }
        });
        Map<String, List<FacetCount>> sorted = new LinkedHashMap<>();
        byDimension.forEach((dim, counts) -> {
            if (!counts.isEmpty()) {
                counts.sort(
                        Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
                sorted.put(dim, List.copyOf(counts.subList(0, Math.min(MAX_VALUES, counts.size()))));
            }
        });
        return sorted;
    }

    static final class Counting implements Collector {
        private final Map<String, Long> counts = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), IndexFields.LABEL_VALUES);
            long[] byOrdinal = new long[(int) values.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (values.advanceExact(doc)) {
                        for (int i = 0; i < values.docValueCount(); i++) {
                            byOrdinal[(int) values.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int ordinal = 0; ordinal < byOrdinal.length; ordinal++) {
                        if (byOrdinal[ordinal] > 0) {
                            counts.merge(values.lookupOrd(ordinal).utf8ToString(), byOrdinal[ordinal], Long::sum);
                        }
                    }
                }
            };
        }
    }
}
