package org.qicommons.search.internal;

import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** TEMPORARY body for the search-index branch only (lower-cased words); replaced by the query side's at merge. */
public class QiAnalyzer extends Analyzer {
    /** @param synonyms the synonym file (Solr format), or null for none */
    public QiAnalyzer(Path synonyms) {}

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }
}
