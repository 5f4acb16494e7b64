package org.qicommons.search.internal;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A score multiplier {@code 1 + weight / (1 + ageDays / 365)}: between 1 and 1 + weight, so it
 * orders near-equal matches by age but cannot lift a weak match over a strong one. Documents with no
 * date get 1. On a collection where every date is equal (MED) it changes no ranking.
 */
final class RecencyBoost extends DoubleValuesSource {
    private static final double DAY_MILLIS = 86_400_000d;

    private final long nowMillis;
    private final double weight;

    RecencyBoost(long nowMillis, double weight) {
        this.nowMillis = nowMillis;
        this.weight = weight;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        NumericDocValues created = DocValues.getNumeric(context.reader(), IndexFields.CREATED);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (created.advanceExact(doc)) {
                    double ageDays = Math.max(0, nowMillis - created.longValue()) / DAY_MILLIS;
                    value = 1 + weight / (1 + ageDays / 365);
                } else {
                    value = 1;
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false; // depends on "now"
    }

    @Override
    public int hashCode() {
        return Objects.hash(nowMillis, weight);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecencyBoost boost && boost.nowMillis == nowMillis && boost.weight == weight;
    }

    @Override
    public String toString() {
        return "recency(" + weight + ")";
    }
}
