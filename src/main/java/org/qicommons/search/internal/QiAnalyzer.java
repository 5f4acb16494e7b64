package org.qicommons.search.internal;

import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;

/**
 * Analysis for British-English health text: case and accent folding, stop words, stemming, and the
 * field's abbreviations as synonyms (from an editable file). To be written.
 */
public class QiAnalyzer extends Analyzer {
    /** @param synonyms the synonym file (Solr format), or null for none */
    public QiAnalyzer(Path synonyms) {}

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        throw new UnsupportedOperationException("analysis: to be written");
    }
}
