package org.qicommons.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analysis for British-English health text: standard tokenising, English possessives, lower case,
 * accent folding ("café" = "cafe"), English stop words and Porter stemming (the best of Porter,
 * KStem and minimal stemming on the MED collection, see docs/search.md).
 *
 * <p>{@code new QiAnalyzer(path)} is the <b>index-time</b> analyzer: the one the {@code IndexWriter}
 * must use. It applies no synonyms, so editing the synonym file never needs a rebuild. {@link
 * #queryAnalyzer()} is the same chain plus the field's abbreviations as synonyms ({@code
 * SynonymGraphFilter}, which handles multi-word forms such as "plan do study act" correctly only at
 * query time). Searching with the query analyzer finds "QI" and "quality improvement" either way.
 *
 * <p>{@link IndexFields#SUGGEST} is analysed differently: each word is also indexed by its
 * prefixes (edge n-grams), so autocomplete is a plain term query on what the member typed.
 */
public class QiAnalyzer extends Analyzer {
    private static final Logger LOG = Logger.getLogger(QiAnalyzer.class.getName());

    /** Stemmers compared on MED; {@link #PORTER} is used. */
    enum Stemmer {
        PORTER,
        KSTEM,
        MINIMAL,
        NONE
    }

    /** "A&E" would otherwise split into a stop word and "e"; it is one word in this field. */
    private static final Pattern A_AND_E = Pattern.compile("(?i)\\ba\\s*&\\s*e\\b");

    static final int SUGGEST_MAX_GRAM = 20;

    /**
     * "A&E" as one word. The regular expression runs only on text holding an ampersand: run over every
     * field, it cost a sixth of a rebuild's time, and almost no text has one.
     */
    static Reader joinAmpersandWords(Reader reader) {
        String text;
        try {
            text = readAll(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var plain = new StringReader(text);
        return text.indexOf('&') < 0 ? plain : new PatternReplaceCharFilter(A_AND_E, "ae", plain);
    }

    private static String readAll(Reader reader) throws IOException {
        var text = new StringBuilder(256);
        char[] buffer = new char[1024];
        for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    private final Stemmer stemmer;
    private final SynonymMap synonyms;
    private final Analyzer queryAnalyzer;

    /** The index-time analyzer. @param synonyms the synonym file (Solr format), or null for none */
    public QiAnalyzer(Path synonyms) {
        this(synonyms, Stemmer.PORTER);
    }

    QiAnalyzer(Path synonyms, Stemmer stemmer) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.stemmer = stemmer;
        this.synonyms = loadSynonyms(synonyms, stemmer);
        this.queryAnalyzer = new Chain(stemmer, this.synonyms, false);
    }

    /** The analyzer for queries: the index chain plus synonyms. Thread-safe; share it. */
    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Whether a synonym file was read (false when it is missing or unreadable). */
    public boolean hasSynonyms() {
        return synonyms != null;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return joinAmpersandWords(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        if (IndexFields.SUGGEST.equals(fieldName)) {
            var source = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, new EdgeNGramTokenFilter(stream, 1, SUGGEST_MAX_GRAM, true));
        }
        return Chain.components(stemmer, null, false);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Lower-cased and folded words of {@code text}, as the suggest field's prefixes are made. */
    static Analyzer suggestQueryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return joinAmpersandWords(reader);
            }
        };
    }

    /**
     * The common chain. Synonyms come after stemming, and the rules are analysed by the same chain
     * (with stop words closed up, see {@link ClosingGaps}), so "ethnic minorities" matches the rule
     * "ethnic minority" and the expansions are already in the form the index holds.
     */
    private static final class Chain extends Analyzer {
        private final Stemmer stemmer;
        private final SynonymMap synonyms;
        private final boolean closeGaps;

        Chain(Stemmer stemmer, SynonymMap synonyms, boolean closeGaps) {
            this.stemmer = stemmer;
            this.synonyms = synonyms;
            this.closeGaps = closeGaps;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return joinAmpersandWords(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return components(stemmer, synonyms, closeGaps);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        static TokenStreamComponents components(Stemmer stemmer, SynonymMap synonyms, boolean closeGaps) {
            var source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, stopWords());
            if (closeGaps) {
                stream = new ClosingGaps(stream);
            }
            stream = switch (stemmer) {
                case PORTER -> new PorterStemFilter(stream);
                case KSTEM -> new KStemFilter(stream);
                case MINIMAL -> new EnglishMinimalStemFilter(stream);
                case NONE -> stream;
            };
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(source, stream);
        }
    }

    private static CharArraySet stopWords() {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }

    /**
     * The synonym parser rejects a rule whose words leave a gap (a removed stop word, as in "black
     * asian and minority ethnic"); queries are matched without gaps too, so rules are read closed up.
     */
    private static final class ClosingGaps extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosingGaps(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }

    private static SynonymMap loadSynonyms(Path file, Stemmer stemmer) {
        if (file == null) {
            return null;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Analyzer rules = new Chain(stemmer, null, true)) {
            var parser = new SolrSynonymParser(true, true, rules);
            parser.parse(reader);
            return parser.build();
        } catch (NoSuchFileException e) {
            LOG.warning(() -> "No synonym file at " + file.toAbsolutePath() + ": searching without synonyms");
        } catch (IOException | java.text.ParseException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Cannot read synonym file " + file + ": searching without synonyms");
        }
        return null;
    }

    @Override
    public void close() {
        queryAnalyzer.close();
        super.close();
    }
}
