package org.qicommons.search.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.qicommons.search.DocumentChange;
import org.qicommons.search.SearchDocument;

/**
 * Copies every searchable row into a new index generation: pages are read from the database on the
 * rebuild's thread while earlier pages are analysed and written on one thread per core. Analysis
 * (tokenising, synonyms, stemming) is most of a rebuild's cost, so this about halves its time on
 * two cores, and reading the next page overlaps with writing. Lucene's IndexWriter is thread-safe.
 */
final class RebuildCopier implements AutoCloseable {
    static final int PAGE = 500;

    private final IndexGeneration target;
    private final RebuildProgress progress;
    private final ExecutorService writers;
    private final int maxPagesInFlight;
    private final ArrayDeque<Future<?>> inFlight = new ArrayDeque<>();

    RebuildCopier(IndexGeneration target, RebuildProgress progress, ThreadFactory threads) {
        this.target = target;
        this.progress = progress;
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.writers = Executors.newFixedThreadPool(cores, threads);
        // bounded, so a fast database cannot fill the heap with pages waiting to be written
        this.maxPagesInFlight = cores * 2;
    }

    @FunctionalInterface
    interface Page {
        List<SearchDocument> after(long id, int limit);
    }

    /** Reads {@code page} after page in id order and hands each to the writers. */
    void copyAll(Page page) throws IOException {
        long after = 0;
        while (!progress.cancelled()) {
            List<SearchDocument> entries = page.after(after, PAGE);
            if (!entries.isEmpty()) {
                submit(entries);
            }
            if (entries.size() < PAGE) {
                return;
            }
            after = entries.getLast().id();
        }
    }

    /** Waits for every page handed over to be written; throws the first failure. */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            await(inFlight.removeFirst());
        }
    }

    private void submit(List<SearchDocument> entries) throws IOException {
        while (inFlight.size() >= maxPagesInFlight) {
            await(inFlight.removeFirst());
        }
        inFlight.addLast(writers.submit(() -> {
            for (SearchDocument entry : entries) {
                Indexer.write(target, new DocumentChange.Put(entry));
            }
            progress.wrote(entries.size());
            return null;
        }));
    }

    private static void await(Future<?> written) throws IOException {
        try {
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rebuilding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("a rebuild writer failed", e.getCause());
        }
    }

    /** After a failure or cancellation, drops the pages not yet started and waits for the rest. */
    @Override
    public void close() {
        writers.shutdownNow();
        try {
            writers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
