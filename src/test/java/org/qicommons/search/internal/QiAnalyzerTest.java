package org.qicommons.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class QiAnalyzerTest {
    private final QiAnalyzer analyzer = new QiAnalyzer(TestIndex.SYNONYMS);

    @Test
    void stemsFoldsCaseAndAccentsAndDropsStopWords() throws IOException {
        assertEquals(List.of("run", "cafe", "nurs", "home"), terms(analyzer, "Running the CAFÉ for Nurses' homes"));
        assertEquals(terms(analyzer, "improvements"), terms(analyzer, "Improving"));
    }

    @Test
    void keepsAandEAsOneWord() throws IOException {
        assertEquals(List.of("ae", "wait"), terms(analyzer, "A&E waits"));
        assertEquals(List.of("wait", "ae", "ae", "ae"), terms(analyzer, "Waits in a & e, A&E and a&e"));
        assertEquals(List.of("r", "d", "team"), terms(analyzer, "R&D team"), "other ampersands are left alone");
    }

    @Test
    void offsetsPointAtTheTextAsWritten() throws IOException {
        // snippets are cut from the original text by these offsets, with and without an ampersand
        assertEquals(List.of("0-4", "8-11", "12-17"), offsets("Seen in A&E today"));
        assertEquals(List.of("0-4", "8-12"), offsets("Seen in ward"));
    }

    private List<String> offsets(String text) throws IOException {
        var offsets = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(IndexFields.BODY, text)) {
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                offsets.add(offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        return offsets;
    }

    @Test
    void synonymsOnlyAtQueryTime() throws IOException {
        assertTrue(analyzer.hasSynonyms());
        assertEquals(List.of("qi"), terms(analyzer, "QI"));
        var expanded = terms(analyzer.queryAnalyzer(), "QI");
        assertTrue(expanded.containsAll(List.of("qi", "qualiti", "improv")), expanded.toString());
        var back = terms(analyzer.queryAnalyzer(), "plan do study act");
        assertTrue(back.contains("pdsa"), back.toString());
        var withStopWord = terms(analyzer.queryAnalyzer(), "black asian and minority ethnic");
        assertTrue(withStopWord.contains("bame"), withStopWord.toString());
    }

    @Test
    void aMissingSynonymFileMeansNoSynonymsNotAFailure() throws IOException {
        try (var without = new QiAnalyzer(Path.of("no/such/synonyms.txt"))) {
            assertFalse(without.hasSynonyms());
            assertEquals(List.of("qi"), terms(without.queryAnalyzer(), "QI"));
        }
        try (var none = new QiAnalyzer(null)) {
            assertFalse(none.hasSynonyms());
        }
    }

    @Test
    void suggestFieldIsIndexedByWordPrefixes() throws IOException {
        var grams = terms(analyzer, IndexFields.SUGGEST, "Équité");
        assertTrue(grams.containsAll(List.of("e", "eq", "equ", "equite")), grams.toString());
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return terms(analyzer, IndexFields.TEXT, text);
    }

    static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
