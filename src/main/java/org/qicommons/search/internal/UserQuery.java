package org.qicommons.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A member's query text turned into the scoring part of the Lucene query: the text as parsed over
 * {@link IndexFields#TEXT} (quoted phrases, {@code -exclusion}, {@code OR}, {@code AND}, {@code
 * prefix*}), a small clause on {@link IndexFields#TITLE}, a proximity clause for words near each
 * other, and fuzzy matching for words the index does not hold. Text the parser cannot read is
 * searched as plain words; nothing here throws on any input.
 */
final class UserQuery {
    /** Syntax members may use; every other query-parser special character is escaped first. */
    private static final Pattern UNSUPPORTED_SYNTAX = Pattern.compile("([\\\\:^~\\[\\]{}/!?&|])");

    private static final Pattern OPERATOR_WORD = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    /**
     * How much a word in a reply's inherited title counts against the same word in its own text:
     * enough to find the reply under its discussion's title, too little to put it above posts that
     * say the word (issue 8: "project" found replies that only inherited it first).
     */
    static final float INHERITED_TITLE_WEIGHT = 0.3f;

    /** How many words of one query may be matched fuzzily (typo tolerance): bounds a query's cost. */
    static final int MAX_FUZZY_WORDS = 8;

    private final Analyzer queryAnalyzer;
    private final Analyzer indexAnalyzer;
    private final Ranking ranking;

    UserQuery(Analyzer queryAnalyzer, Analyzer indexAnalyzer, Ranking ranking) {
        this.queryAnalyzer = queryAnalyzer;
        this.indexAnalyzer = indexAnalyzer;
        this.ranking = ranking;
    }

    /** The query that matches (on {@link IndexFields#TEXT}), also what snippets highlight. */
    Query matching(IndexSearcher searcher, String text, Query readable) {
        var words = words(text);
        var operator = words.size() <= ranking.andUpToWords() ? QueryParser.Operator.AND : QueryParser.Operator.OR;
        Query own = withFuzzyTerms(distinct(parse(IndexFields.TEXT, text, operator)), searcher, readable);
        return withInheritedTitles(own, distinct(parse(IndexFields.INHERITED_TITLE, text, operator)));
    }

    /**
     * The same word typed twice is one clause: a query of one word repeated 100 times cost a
     * second (a fuzzy query per repetition) and ranks nothing differently.
     */
    private static Query distinct(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        var copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        new java.util.LinkedHashSet<>(bool.clauses()).forEach(copy::add);
        return copy.build();
    }

    /**
     * A reply also matches through its discussion's title, but that counts for {@link
     * #INHERITED_TITLE_WEIGHT} of a match in its own words; an excluded word ({@code -word}) still
     * excludes, wherever it is.
     */
    private static Query withInheritedTitles(Query own, Query inherited) {
        var query = new BooleanQuery.Builder()
                .add(own, Occur.SHOULD)
                .add(new BoostQuery(inherited, INHERITED_TITLE_WEIGHT), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1);
        for (Query part : List.of(own, inherited)) {
            if (part instanceof BooleanQuery bool) {
                bool.clauses().stream()
                        .filter(clause -> clause.occur() == Occur.MUST_NOT)
                        .forEach(clause -> query.add(clause.query(), Occur.MUST_NOT));
            }
        }
        return query.build();
    }

    /**
     * The clauses that only add to the score of a match: the words in the title, and neighbouring
     * words near each other. Null when there are none. Scored on the best hits only ({@link
     * LuceneSearcher} rescoring), not on every match: they reorder the top, they never decide it.
     */
    Query bonus(String text) {
        var query = new BooleanQuery.Builder();
        if (ranking.titleBoost() > 0) {
            Query title = parse(IndexFields.TITLE, text, QueryParser.Operator.OR);
            query.add(new BoostQuery(title, ranking.titleBoost()), Occur.SHOULD);
        }
        if (ranking.proximityBoost() > 0) {
            var proximity = proximity(text);
            if (proximity != null) {
                query.add(new BoostQuery(proximity, ranking.proximityBoost()), Occur.SHOULD);
            }
        }
        var built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /** Parses as typed; what cannot be parsed is read again as plain words. Never throws. */
    Query parse(String field, String text, QueryParser.Operator operator) {
        try {
            return onlyExclusions(parser(field, operator)
                    .parse(UNSUPPORTED_SYNTAX.matcher(text).replaceAll("\\\\$1")));
        } catch (ParseException | RuntimeException unreadable) {
            try {
                return parser(field, operator).parse(asWords(text));
            } catch (ParseException | RuntimeException stillUnreadable) {
                return new BooleanQuery.Builder().build(); // matches nothing
            }
        }
    }

    /** Every character escaped and operators in lower case: only words are left. */
    static String asWords(String text) {
        String escaped = QueryParser.escape(text.replace('"', ' '));
        return OPERATOR_WORD.matcher(escaped).replaceAll(match -> match.group().toLowerCase(Locale.ROOT));
    }

    private QueryParser parser(String field, QueryParser.Operator operator) {
        var parser = new QueryParser(field, queryAnalyzer);
        parser.setDefaultOperator(operator);
        parser.setSplitOnWhitespace(false); // multi-word synonyms need the words together
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    /** "-falls" alone means "everything but falls", not nothing. */
    private static Query onlyExclusions(Query query) {
        if (query instanceof BooleanQuery bool
                && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
            var all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            bool.clauses().forEach(all::add);
            return all.build();
        }
        return query;
    }

    /**
     * Typo tolerance: a word the index does not hold at all (after analysis) matches words within
     * one or two edits instead ("ethnicty" finds "ethnicity"). Known words are left exact.
     */
    private Query withFuzzyTerms(Query query, IndexSearcher searcher, Query readable) {
        try {
            return new Fuzzifier(searcher, readable).fuzzify(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decides, word by word, whether a word is known. "Known" means found in what this reader may
     * read, not anywhere in the index: otherwise a word that exists only in a private group would be
     * searched exactly (0 hits) while a word found nowhere is searched fuzzily (some hits), and an
     * outsider could tell which words private groups use. At most {@link #MAX_FUZZY_WORDS} words of a
     * query become fuzzy: each costs a term-dictionary walk.
     */
    private static final class Fuzzifier {
        private final IndexSearcher searcher;
        private final Query readable;
        private int fuzzy;

        Fuzzifier(IndexSearcher searcher, Query readable) {
            this.searcher = searcher;
            this.readable = readable;
        }

        Query fuzzify(Query query) throws IOException {
            if (query instanceof TermQuery term) {
                int length = term.getTerm().text().length();
                int edits = length >= 6 ? 2 : length >= 3 ? 1 : 0;
                if (edits == 0 || fuzzy >= MAX_FUZZY_WORDS || knownToReader(term)) {
                    return query;
                }
                fuzzy++;
                return new FuzzyQuery(term.getTerm(), edits, 1, 50, true);
            }
            if (query instanceof BoostQuery boost) {
                return new BoostQuery(fuzzify(boost.getQuery()), boost.getBoost());
            }
            if (query instanceof BooleanQuery bool) {
                var copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    copy.add(
                            clause.occur() == Occur.MUST_NOT ? clause.query() : fuzzify(clause.query()),
                            clause.occur());
                }
                return copy.build();
            }
            return query;
        }

        private boolean knownToReader(TermQuery term) throws IOException {
            if (searcher.getIndexReader().docFreq(term.getTerm()) == 0) {
                return false;
            }
            if (readable == null) {
                return true;
            }
            Query readableUse = new BooleanQuery.Builder()
                    .add(term, Occur.FILTER)
                    .add(readable, Occur.FILTER)
                    .build();
            // constant score and one hit wanted: the search stops early instead of counting every use
            return searcher.search(new ConstantScoreQuery(readableUse), 1).scoreDocs.length > 0;
        }
    }

    /**
     * Words near each other in the text score higher: each pair of neighbouring query words as a
     * sloppy phrase (a sequential-dependence style bonus). Null for a one-word query.
     */
    private Query proximity(String text) {
        var terms = analysed(String.join(" ", words(text)));
        if (terms.size() < 2) {
            return null;
        }
        var pairs = new BooleanQuery.Builder();
        for (int i = 0; i + 1 < terms.size() && i < 16; i++) {
            pairs.add(
                    new PhraseQuery(ranking.proximitySlop(), IndexFields.TEXT, terms.get(i), terms.get(i + 1)),
                    Occur.SHOULD);
        }
        return pairs.build();
    }

    /** The words a member typed, without operators, exclusions and syntax. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        for (String token : text.split("\\s+")) {
            if (token.isEmpty() || token.startsWith("-") || OPERATORS.contains(token)) {
                continue;
            }
            String word = token.replaceAll("[\"()+*\\\\:^~\\[\\]{}/!?|]", " ").strip();
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private List<String> analysed(String text) {
        var terms = new ArrayList<String>();
        try (var stream = indexAnalyzer.tokenStream(IndexFields.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Tuning, measured on MED (docs/search.md). */
    record Ranking(
            float titleBoost,
            float proximityBoost,
            int proximitySlop,
            int andUpToWords,
            float recency,
            int feedbackDocs,
            int feedbackTerms,
            float feedbackWeight,
            int feedbackFromWords) {
        static final Ranking DEFAULT = new Ranking(0.3f, 0.1f, 3, 0, 0.1f, 10, 10, 0.6f, 3);

        Ranking withoutFeedback() {
            return new Ranking(titleBoost, proximityBoost, proximitySlop, andUpToWords, recency, 0, 0, 0, 0);
        }
    }
}
