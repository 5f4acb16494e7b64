package org.qicommons.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.qicommons.search.SearchDocument;

/** An in-memory index built as the container side builds the real one: DocumentBuilder + QiAnalyzer. */
final class TestIndex implements AutoCloseable {
    static final Path SYNONYMS = Path.of("config/synonyms.txt");

    final QiAnalyzer analyzer;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private DirectoryReader reader;

    TestIndex() {
        this(new QiAnalyzer(SYNONYMS));
    }

    TestIndex(QiAnalyzer analyzer) {
        this.analyzer = analyzer;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestIndex add(Collection<SearchDocument> entries) {
        entries.forEach(this::add);
        return this;
    }

    TestIndex add(SearchDocument entry) {
        try {
            writer.updateDocument(new Term(IndexFields.KEY, entry.key()), DocumentBuilder.build(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    IndexSearcher searcher() {
        try {
            writer.commit();
            if (reader == null) {
                reader = DirectoryReader.open(directory);
            } else {
                var newer = DirectoryReader.openIfChanged(reader);
                if (newer != null) {
                    reader.close();
                    reader = newer;
                }
            }
            return new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        writer.close();
        analyzer.close();
    }
}
