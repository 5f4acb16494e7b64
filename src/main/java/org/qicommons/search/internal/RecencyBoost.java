package org.qicommons.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The mild recency factor {@code 1 + weight / (1 + ageDays / 365)}: between 1 and 1 + weight, so it
 * orders near-equal matches by age but cannot lift a weak match over a strong one. Documents with no
 * date get 1. Applied to the best hits after the search (like the bonus clauses), not inside it: a
 * per-document factor inside the query would hide the score bounds Lucene uses to skip documents.
 * On a collection where every date is equal (MED) it changes no ranking.
 */
final class RecencyBoost {
    private static final double DAY_MILLIS = 86_400_000d;

    private final long nowMillis;
    private final double weight;

    RecencyBoost(long nowMillis, double weight) {
        this.nowMillis = nowMillis;
        this.weight = weight;
    }

    double factor(long createdMillis) {
        double ageDays = Math.max(0, nowMillis - createdMillis) / DAY_MILLIS;
        return 1 + weight / (1 + ageDays / 365);
    }

    /** {@code top} with every score multiplied by its factor, best first (ties: lower doc first). */
    TopDocs rescore(IndexSearcher searcher, TopDocs top) throws IOException {
        if (weight <= 0 || top.scoreDocs.length == 0) {
            return top;
        }
        ScoreDoc[] hits = top.scoreDocs.clone();
        Arrays.sort(hits, Comparator.comparingInt(hit -> hit.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        NumericDocValues created = null;
        var rescored = new ScoreDoc[hits.length];
        for (int i = 0; i < hits.length; i++) {
            ScoreDoc hit = hits[i];
            if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leafIndex = ReaderUtil.subIndex(hit.doc, leaves);
                leaf = leaves.get(leafIndex);
                created = DocValues.getNumeric(leaf.reader(), IndexFields.CREATED);
            }
            int local = hit.doc - leaf.docBase;
            double factor = created.advanceExact(local) ? factor(created.longValue()) : 1;
            rescored[i] = new ScoreDoc(hit.doc, (float) (hit.score * factor), hit.shardIndex);
        }
        Arrays.sort(
                rescored,
                (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return new TopDocs(top.totalHits, rescored);
    }
}
