package org.qicommons.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Pseudo-relevance feedback (RM3 style): the words that weigh most in the best few hits of a first
 * search are added to the query with a small weight, so documents that say the same thing in other
 * words rank higher. The set of matches does not change (the added words only score), so totals,
 * facets and exclusions stay exactly those of the query typed.
 */
final class Feedback {
    private final Analyzer analyzer;
    private final int docs;
    private final int terms;
    private final float weight;

    Feedback(Analyzer analyzer, int docs, int terms, float weight) {
        this.analyzer = analyzer;
        this.docs = docs;
        this.terms = terms;
        this.weight = weight;
    }

    /** The weight of the query typed once expanded ({@code 1 - weight}). */
    float originalWeight() {
        return 1 - weight;
    }

    /**
     * {@code hits} reordered by {@code (1 - weight) × their score + weight × the expansion's score},
     * the expansion being the weightiest words of the first few of {@code best} (the hits as a search
     * without feedback ranks them); as they are if there are none.
     */
    TopDocs rescore(IndexSearcher searcher, TopDocs hits, ScoreDoc[] best) throws IOException {
        Query expansion = expansion(searcher, best);
        if (expansion == null) {
            return hits;
        }
        return new QueryRescorer(expansion) {
            @Override
            protected float combine(float firstPassScore, boolean matched, float secondPassScore) {
                return (1 - weight) * firstPassScore + (matched ? weight * secondPassScore : 0);
            }
        }.rescore(searcher, hits, hits.scoreDocs.length);
    }

    /** The weightiest words of the first few of {@code top}, weights summing to 1; null if none. */
    private Query expansion(IndexSearcher searcher, ScoreDoc[] top) throws IOException {
        ScoreDoc[] leading = Arrays.copyOf(top, Math.min(docs, top.length));
        if (leading.length == 0) {
            return null;
        }
        double scoreSum = 0;
        for (ScoreDoc hit : leading) {
            scoreSum += hit.score;
        }
        var relevance = new HashMap<String, Double>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : leading) {
            var doc = stored.document(hit.doc);
            var frequencies = termFrequencies(
                    java.util.Objects.toString(doc.get(IndexFields.TITLE), "") + "\n" + doc.get(IndexFields.BODY));
            double length =
                    frequencies.values().stream().mapToInt(Integer::intValue).sum();
            double docWeight = scoreSum > 0 ? hit.score / scoreSum : 1.0 / leading.length;
            frequencies.forEach((term, tf) -> relevance.merge(term, docWeight * tf / length, Double::sum));
        }
        var best = relevance.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(terms)
                .toList();
        double total = best.stream().mapToDouble(Map.Entry::getValue).sum();
        if (best.isEmpty()) {
            return null;
        }
        var expansion = new BooleanQuery.Builder();
        for (var term : best) {
            expansion.add(
                    new BoostQuery(new TermQuery(new Term(IndexFields.TEXT, term.getKey())), (float)
                            (term.getValue() / total)),
                    Occur.SHOULD);
        }
        return expansion.build();
    }

    private Map<String, Integer> termFrequencies(String text) throws IOException {
        var frequencies = new HashMap<String, Integer>();
        try (var stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.length() > 1 && !Character.isDigit(word.charAt(0))) {
                    frequencies.merge(word, 1, Integer::sum);
                }
            }
            stream.end();
        }
        return frequencies;
    }
}
