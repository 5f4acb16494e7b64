package org.qicommons.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.qicommons.change.Change;
import org.qicommons.search.DocumentChange;

/**
 * Applies the change log to an index generation: reads entries from the generation's cursor, reloads
 * each entity by id ({@link IndexSource#resolve}) and replaces or removes its documents by key.
 * Applying an entry twice does no harm (it writes the entity's current state again), which is what
 * makes restarts and late-arriving entries simple. One thread at a time per generation.
 */
final class Indexer {
    private static final Logger LOG = Logger.getLogger(Indexer.class.getName());
    static final int BATCH = 500;

    private final IndexSource source;

    Indexer(IndexSource source) {
        this.source = source;
    }

    /**
     * Reads what is new after the cursor, and what has since arrived in its gaps; applies it, moves
     * the cursor and refreshes the searcher. Returns how many new entries were read: {@link #BATCH}
     * means there may be more.
     */
    int pass(IndexGeneration generation, Instant now) throws IOException {
        LogCursor cursor = generation.cursor();
        List<Change> arrivedInGaps = cursor.openGaps() == 0
                ? List.of()
                : source.changesBetween(cursor.position(), cursor.highestApplied(), Integer.MAX_VALUE).stream()
                        .filter(row -> !cursor.isApplied(row.seq()))
                        .toList();
        List<Change> fresh = source.changesAfter(cursor.highestApplied(), BATCH);
        if (!arrivedInGaps.isEmpty()) {
            apply(generation, arrivedInGaps);
        }
        if (!fresh.isEmpty()) {
            apply(generation, fresh);
        }
        arrivedInGaps.forEach(row -> cursor.applied(row.seq()));
        fresh.forEach(row -> cursor.applied(row.seq()));
        cursor.advance(now);
        if (!arrivedInGaps.isEmpty() || !fresh.isEmpty()) {
            generation.refresh();
        }
        return fresh.size();
    }

    /** Applies every entry with {@code after < seq <= upTo} again (a rebuilt index catching up). */
    void replay(IndexGeneration generation, long after, long upTo) throws IOException {
        long from = after;
        while (from < upTo) {
            List<Change> rows = source.changesBetween(from, upTo, BATCH);
            if (rows.isEmpty()) {
                return;
            }
            apply(generation, rows);
            from = rows.getLast().seq();
        }
    }

    private void apply(IndexGeneration generation, List<Change> rows) throws IOException {
        for (DocumentChange change : source.resolve(rows)) {
            write(generation, change);
        }
    }

    static void write(IndexGeneration generation, DocumentChange change) throws IOException {
        switch (change) {
            case DocumentChange.Put put -> {
                Document document;
                try {
                    document = DocumentBuilder.build(put.entry());
                } catch (RuntimeException e) {
                    // one entity the builder cannot handle must not stop the index: log it and go on
                    LOG.log(Level.SEVERE, "Could not build the search document for " + put.key(), e);
                    return;
                }
                generation.put(document, put.key());
            }
            case DocumentChange.Remove remove -> generation.remove(remove.key());
        }
    }
}
