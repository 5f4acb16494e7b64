package org.qicommons.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One index directory with its long-lived writer, its near-real-time searcher and its place in the
 * change log. The live index is one generation; a rebuild writes a new one beside it and then takes
 * its place. The commit data holds what is needed to trust the index after a restart: the cursor
 * ({@link #APPLIED_SEQ}), the document layout ({@link #SCHEMA_VERSION}) and which database it was
 * built from ({@link #DATABASE}).
 *
 * <p>Writes come from one thread at a time (the indexer, or a rebuild into a generation nobody else
 * sees); searchers are taken from any thread.
 */
final class IndexGeneration implements AutoCloseable {
    static final String APPLIED_SEQ = "lastAppliedSeq";
    static final String SCHEMA_VERSION = "schemaVersion";
    static final String DATABASE = "databaseIdentity";

    /** What the last commit of an existing index says about it. */
    record CommitData(long appliedSeq, int schemaVersion, String database) {
        static CommitData of(Map<String, String> data) {
            return new CommitData(
                    Long.parseLong(data.getOrDefault(APPLIED_SEQ, "0")),
                    Integer.parseInt(data.getOrDefault(SCHEMA_VERSION, "0")),
                    data.get(DATABASE));
        }
    }

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CommitData opened;
    private LogCursor cursor;
    // written by whichever thread commits, read by the indexer: volatile
    private volatile long committedSeq;
    private volatile long committedWrites;
    private volatile Instant lastCommit = Instant.now();
    private final AtomicLong writes = new AtomicLong();

    private IndexGeneration(Path path, Directory directory, IndexWriter writer, CommitData opened, Duration gapGrace)
            throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.opened = opened;
        this.cursor = new LogCursor(opened.appliedSeq(), gapGrace);
        this.committedSeq = opened.appliedSeq();
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens an existing index as its last commit left it. Throws if it is missing, in a format this
     * Lucene cannot read, or visibly corrupt (segment files that fail their header checks).
     */
    static IndexGeneration open(Path path, Analyzer analyzer, Duration gapGrace) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            CommitData data =
                    CommitData.of(SegmentInfos.readLatestCommit(directory).getUserData());
            IndexWriter writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.APPEND));
            try {
                return new IndexGeneration(path, directory, writer, data, gapGrace);
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** A new, empty index in an empty directory, committed at once so it is never "missing". */
    static IndexGeneration create(
            Path path, Analyzer analyzer, Duration gapGrace, long appliedSeq, int schemaVersion, String database)
            throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
        CommitData data = new CommitData(appliedSeq, schemaVersion, database);
        IndexGeneration generation = new IndexGeneration(path, directory, writer, data, gapGrace);
        generation.committedWrites = -1; // nothing committed yet: commit even though nothing was written
        generation.commit(schemaVersion, database);
        return generation;
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(mode);
        // a bigger buffer than the default 16 MB makes a full rebuild flush less often
        config.setRAMBufferSizeMB(64);
        return config;
    }

    Path path() {
        return path;
    }

    CommitData opened() {
        return opened;
    }

    LogCursor cursor() {
        return cursor;
    }

    /** Takes over another generation's place in the log (a rebuilt index replacing the live one). */
    void followFrom(LogCursor other) {
        this.cursor = other.copy();
    }

    void put(Document document, String key) throws IOException {
        writer.updateDocument(new Term(IndexFields.KEY, key), document);
        writes.incrementAndGet();
    }

    void remove(String key) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.KEY, key));
        writes.incrementAndGet();
    }

    /** Makes everything written so far visible to new searches (near real time: no fsync). */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** A commit to make: the cursor's position, and how many writes it covers. */
    record Pending(long seq, long writes) {}

    /**
     * What a commit now would record, or null if nothing changed and the cursor has not moved since
     * the last one. Call while no change is being applied (the indexing lock held), so that every
     * change up to the position has been written.
     */
    Pending pending() {
        long seq = cursor.position();
        long written = writes.get();
        return written == committedWrites && seq == committedSeq ? null : new Pending(seq, written);
    }

    /**
     * Makes {@code pending} durable. Safe while later changes are being written: the commit may
     * include some of them, and replaying them from the recorded position after a crash is harmless.
     * One commit at a time.
     */
    synchronized void commit(Pending pending, int schemaVersion, String database) throws IOException {
        writer.setLiveCommitData(Map.of(
                        APPLIED_SEQ, Long.toString(pending.seq()),
                        SCHEMA_VERSION, Integer.toString(schemaVersion),
                        DATABASE, database == null ? "" : database)
                .entrySet());
        writer.commit();
        committedSeq = Math.max(committedSeq, pending.seq());
        committedWrites = Math.max(committedWrites, pending.writes());
        lastCommit = Instant.now();
    }

    /** Durable commit with the cursor, if anything changed or the cursor moved since the last one. */
    void commit(int schemaVersion, String database) throws IOException {
        Pending pending = pending();
        if (pending != null) {
            commit(pending, schemaVersion, database);
        }
    }

    Instant lastCommit() {
        return lastCommit;
    }

    long committedSeq() {
        return committedSeq;
    }

    /** Documents visible to searches now. */
    long documents() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /**
     * Reads every file of the index and checks its checksum: catches corruption that opening the
     * index does not (a damaged stored-fields or postings file). Reads the whole index, so it runs
     * in the background after start-up, never before serving.
     */
    void checkIntegrity() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            release(searcher);
        }
    }

    /** Closes without committing: what was not committed is re-read from the change log next time. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.rollback();
            } finally {
                directory.close();
            }
        }
    }
}
