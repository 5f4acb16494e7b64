package org.qicommons.search.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.UnknownChangeException;
import org.qicommons.search.IndexStatus;

/**
 * The live Lucene index on disk under {@code ${qic.data.dir}/index}, kept up to date from the change
 * log. Started by {@link SearchStartup}; searched through {@link #withSearcher}.
 *
 * <p><b>Freshness.</b> After a change commits, {@link ChangeLog} fires an event that wakes the
 * indexer; a poll every second is the safety net (the event is only a hint, the table is the truth).
 * Each pass is applied to the long-lived writer and the searcher is refreshed at once (near real
 * time); a durable commit, which costs an fsync, happens at most once a second and stores the
 * cursor. {@link #awaitCaughtUp} gives the author of a change read-your-writes.
 *
 * <p><b>Crash safety.</b> The commit data holds the cursor, so after a kill at any moment the index
 * restarts from its last commit and re-applies the log from there; applying an entry twice is
 * harmless. See {@link LogCursor} for gaps in the log.
 *
 * <p><b>Start-up checks and rebuilds.</b> Layout: {@code index/CURRENT} names the live directory
 * ({@code index/gen-<millis>}). A missing index, one built from another database (the
 * {@code database_identity} row differs, or its cursor is ahead of the log), one Lucene cannot read
 * or one that fails its checks is replaced at once by an empty index that follows the log, and
 * rebuilt from the database in the background. One with an older {@link #SCHEMA_VERSION} keeps
 * serving while it is rebuilt. A rebuild writes a new directory from paged reads of every row, then
 * replays the log entries that arrived meanwhile, switches {@code CURRENT} atomically and deletes the
 * old directory.
 */
@ApplicationScoped
public class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    /** Bump whenever documents change shape (fields, analysis): existing indexes are then rebuilt. */
    public static final int SCHEMA_VERSION = 3; // 2: facets in one sorted doc value; 3: replies' inherited titles apart

    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final String CURRENT = "CURRENT";

    @Inject
    @ConfigProperty(name = "qic.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "qic.search.synonyms", defaultValue = "config/synonyms.txt")
    String synonyms;

    /** How long a gap in the change log may stay empty before it is taken as a rolled-back transaction. */
    @Inject
    @ConfigProperty(name = "qic.search.gap.seconds", defaultValue = "5")
    int gapSeconds;

    @Inject
    IndexSource source;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    org.qicommons.change.ChangeCursors cursors;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /** Threads of a rebuild's own writer pool (not the shared executor, whose threads may all be busy). */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    /** Held while applying changes to the live index or switching it: one writer thread at a time. */
    private final ReentrantLock indexing = new ReentrantLock();

    private final AtomicBoolean workerRunning = new AtomicBoolean();
    private final AtomicBoolean passRequested = new AtomicBoolean();
    private final AtomicBoolean committing = new AtomicBoolean();
    private final Object passMonitor = new Object();
    private long passesStarted;
    private long passesCompleted;

    private QiAnalyzer analyzer;
    private Indexer indexer;
    private Path root;
    private String database;
    private volatile IndexGeneration live;
    private volatile RebuildProgress rebuild;
    private volatile String lastReason;
    private volatile long coveredSeq;
    private volatile boolean stopped = true;
    private ScheduledFuture<?> poll;
    private ScheduledFuture<?> prune;

    /** How often applied change-log entries older than the retention are deleted. */
    static final Duration PRUNE_INTERVAL = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "qic.changelog.retention.days", defaultValue = "7")
    int retentionDays;

    // ---- lifecycle ----

    public void start() {
        root = Path.of(dataDir).toAbsolutePath().normalize().resolve("index");
        Path synonymFile = Path.of(synonyms);
        boolean haveSynonyms = Files.isRegularFile(synonymFile);
        if (!haveSynonyms) {
            LOG.warning(() -> "No synonym file at " + synonymFile.toAbsolutePath() + ": searching without synonyms");
        }
        analyzer = new QiAnalyzer(haveSynonyms ? synonymFile : null);
        indexer = new Indexer(source);
        database = databaseIdentity();
        try {
            Files.createDirectories(root);
            openLive();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index under " + root, e);
        }
        stopped = false;
        poll = scheduler.scheduleWithFixedDelay(
                this::wake, POLL_INTERVAL.toMillis(), POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        prune = scheduler.scheduleWithFixedDelay(
                this::pruneChangeLog, PRUNE_INTERVAL.toMinutes(), PRUNE_INTERVAL.toMinutes(), TimeUnit.MINUTES);
        wake();
    }

    /**
     * The change log only grows; the index needs only what it has not applied. Deletes entries this
     * index has committed that are older than the retention ({@code qic.changelog.retention.days}):
     * the retention leaves time to another node whose index is behind (one further behind than that
     * rebuilds anyway), and never above the position of another consumer (notifications). Returns how many entries went.
     */
    public long pruneChangeLog() {
        return pruneChangeLog(Instant.now().minus(Duration.ofDays(retentionDays)));
    }

    /** As {@link #pruneChangeLog()}, for entries written before {@code before}. */
    long pruneChangeLog(Instant before) {
        IndexGeneration current = live;
        if (stopped || current == null) {
            return 0;
        }
        // and what every other consumer of the log (notifications) has read
        long upTo = Math.min(current.committedSeq(), cursors.lowest().orElse(Long.MAX_VALUE));
        long pruned = 0;
        try {
            int batch;
            do {
                batch = source.pruneChangeLog(upTo, before, 10_000);
                pruned += batch;
            } while (batch > 0 && !stopped);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not prune the change log; trying again in an hour", e);
        }
        if (pruned > 0) {
            long done = pruned;
            LOG.info(() -> "Pruned " + done + " applied change-log entries older than " + retentionDays + " days");
        }
        return pruned;
    }

    /** Commits what was applied and closes the index. */
    public void stop() {
        stopped = true;
        if (poll != null) {
            poll.cancel(false);
        }
        if (prune != null) {
            prune.cancel(false);
        }
        RebuildProgress running = rebuild;
        if (running != null) {
            running.cancel();
        }
        indexing.lock();
        try {
            if (live != null) {
                live.commit(SCHEMA_VERSION, database);
                live.close();
                live = null;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close the search index cleanly; it catches up at the next start", e);
        } finally {
            indexing.unlock();
        }
    }

    private String databaseIdentity() {
        try {
            return source.databaseIdentity();
        } catch (RuntimeException e) {
            // another node inserted it at the same moment: read theirs
            return source.databaseIdentity();
        }
    }

    /** Opens the live index named by CURRENT, or starts a rebuild for whatever is wrong with it. */
    private void openLive() throws IOException {
        long head = source.logHead();
        Path current = currentDirectory();
        String reason = null;
        IndexGeneration opened = null;
        if (current == null || !Files.isDirectory(current)) {
            reason = "missing";
        } else {
            try {
                opened = IndexGeneration.open(current, analyzer, gapGrace());
            } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
                reason = "stale: index format (" + e.getMessage() + ")";
            } catch (IndexNotFoundException | NoSuchFileException e) {
                reason = "missing";
            } catch (CorruptIndexException e) {
                reason = "corrupt: " + e.getMessage();
            } catch (IOException | RuntimeException e) {
                reason = "corrupt: " + e;
            }
        }
        if (opened != null) {
            IndexGeneration.CommitData data = opened.opened();
            if (!database.equals(data.database())) {
                reason = "stale: built from another database";
            } else if (data.appliedSeq() > head) {
                reason = "stale: ahead of the database's change log";
            } else if (data.schemaVersion() != SCHEMA_VERSION) {
                // still readable: keep serving it while the new one is built
                live = opened;
                publishCovered();
                deleteAllBut(current);
                startRebuild("stale: schema version " + data.schemaVersion() + ", expected " + SCHEMA_VERSION);
                return;
            }
            if (reason != null) {
                opened.close();
            }
        }
        if (reason == null) {
            live = opened;
            publishCovered();
            deleteAllBut(current);
            LOG.info(() -> "Search index opened at change " + live.cursor().position() + " of " + head);
            executor.submit(this::checkIntegrityInBackground);
            return;
        }
        // nothing usable: serve an empty index that follows the log from here, and rebuild
        live = IndexGeneration.create(newDirectory(), analyzer, gapGrace(), head, SCHEMA_VERSION, database);
        makeCurrent(live.path());
        publishCovered();
        deleteAllBut(live.path());
        startRebuild(reason);
    }

    private void checkIntegrityInBackground() {
        IndexGeneration generation = live;
        if (generation == null) {
            return;
        }
        try {
            generation.checkIntegrity();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index failed its integrity check: rebuilding it", e);
            startRebuild("corrupt: " + e.getMessage());
        }
    }

    private Duration gapGrace() {
        return Duration.ofSeconds(gapSeconds);
    }

    // ---- following the change log ----

    /** A change committed: apply the log soon. Only a hint; the poll catches anything missed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Recorded change) {
        wake();
    }

    /** Runs indexing passes on a managed thread until no more are asked for. */
    public void wake() {
        passRequested.set(true);
        if (!stopped && workerRunning.compareAndSet(false, true)) {
            try {
                executor.submit(this::work);
            } catch (RuntimeException e) {
                workerRunning.set(false);
                throw e;
            }
        }
    }

    private void work() {
        try {
            while (!stopped && passRequested.getAndSet(false)) {
                runPasses();
            }
        } finally {
            workerRunning.set(false);
        }
        if (passRequested.get() && !stopped) {
            wake();
        }
    }

    private void runPasses() {
        synchronized (passMonitor) {
            passesStarted++;
        }
        IndexGeneration generation = null;
        IndexGeneration.Pending pending = null;
        indexing.lock();
        try {
            generation = live;
            if (generation != null) {
                while (indexer.pass(generation, Instant.now()) == Indexer.BATCH && !stopped) {
                    publishCovered();
                }
                publishCovered();
                if (!committing.get()
                        && Duration.between(generation.lastCommit(), Instant.now())
                                        .compareTo(COMMIT_INTERVAL)
                                >= 0) {
                    pending = generation.pending();
                }
            }
        } catch (UnknownChangeException e) {
            // not a passing fault: the index stays behind until this version is replaced or the entry fixed
            LOG.log(
                    Level.SEVERE,
                    "Search indexing is stopped at an entry it cannot read; retrying at the next poll",
                    e);
        } catch (IOException | RuntimeException e) {
            // the database or the disk is unavailable: the next poll tries again from the same place
            LOG.log(Level.WARNING, "Search indexing pass failed; retrying at the next poll", e);
        } finally {
            indexing.unlock();
            passCompleted();
        }
        // after releasing the searches waiting for this pass: they need the changes, not the fsync
        if (pending != null) {
            commitInBackground(generation, pending);
        }
    }

    /**
     * Commits on another thread, so the next change does not wait for the fsync (a freshly merged
     * segment can take hundreds of milliseconds): one commit at a time, the next pass starts another.
     */
    private void commitInBackground(IndexGeneration generation, IndexGeneration.Pending pending) {
        if (!committing.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.submit(() -> {
                try {
                    generation.commit(pending, SCHEMA_VERSION, database);
                } catch (IOException | RuntimeException e) {
                    if (generation == live) { // a generation replaced meanwhile was closed: nothing lost
                        LOG.log(Level.WARNING, "Search index commit failed; retrying after the next pass", e);
                    }
                } finally {
                    committing.set(false);
                }
            });
        } catch (RuntimeException rejected) { // shutting down
            committing.set(false);
        }
    }

    private void passCompleted() {
        synchronized (passMonitor) {
            passesCompleted++;
            passMonitor.notifyAll();
        }
    }

    /** Called with {@link #indexing} held: how far every reader of the live index is guaranteed to see. */
    private void publishCovered() {
        LogCursor cursor = live.cursor();
        coveredSeq = cursor.openGaps() == 0 ? cursor.highestApplied() : cursor.position();
    }

    /**
     * Read-your-writes: waits until every change committed before this call is searchable, or until
     * {@code max} has passed. Returns whether it got there.
     */
    public boolean awaitCaughtUp(Duration max) {
        long head = source.logHead();
        if (coveredSeq >= head) {
            return true;
        }
        long target;
        synchronized (passMonitor) {
            // a pass already running may have read the log before the caller's change committed
            target = passesStarted + 1;
        }
        wake();
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (passMonitor) {
            while (passesCompleted < target && coveredSeq < head) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(passMonitor, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Runs {@code search} with a current searcher of the live index. */
    public <T> T withSearcher(Function<IndexSearcher, T> search) {
        IndexGeneration generation = live;
        if (generation == null) {
            throw new IllegalStateException("the search index is not open");
        }
        try {
            IndexSearcher searcher = generation.acquire();
            try {
                return search.apply(searcher);
            } finally {
                generation.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public QiAnalyzer analyzer() {
        return analyzer;
    }

    // ---- status and rebuilds ----

    /** The change-log position the index has committed (survives a crash). */
    long committedPosition() {
        IndexGeneration current = live;
        return current == null ? 0 : current.committedSeq();
    }

    public IndexStatus status() {
        RebuildProgress running = rebuild;
        long head = source.logHead();
        long documents = live == null
                ? 0
                : withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
        long applied = coveredSeq;
        if (running == null) {
            return new IndexStatus("READY", 0, 0, 0, 0, lastReason, applied, head, documents);
        }
        return new IndexStatus(
                "REBUILDING",
                running.done(),
                running.total(),
                running.perSecond(),
                running.etaSeconds(),
                running.reason(),
                applied,
                head,
                documents);
    }

    /** Starts a rebuild in the background unless one is running. */
    public IndexStatus startRebuild(String reason) {
        synchronized (this) {
            if (rebuild == null && live != null) {
                RebuildProgress progress = new RebuildProgress(reason);
                rebuild = progress;
                lastReason = reason;
                LOG.info(() -> "Rebuilding the search index (" + reason + ")");
                executor.submit(() -> runRebuild(progress));
            }
        }
        return status();
    }

    private void runRebuild(RebuildProgress progress) {
        IndexGeneration fresh = null;
        try {
            long from;
            indexing.lock();
            try {
                from = live.cursor().position();
            } finally {
                indexing.unlock();
            }
            fresh = IndexGeneration.create(newDirectory(), analyzer, gapGrace(), from, SCHEMA_VERSION, database);
            progress.total(source.countSearchable());
            try (var copier = new RebuildCopier(fresh, progress, threads)) {
                for (var pages : source.pages()) {
                    copier.copyAll((afterId, limit) -> source.page(pages, afterId, limit));
                }
                copier.finish();
            }
            if (progress.cancelled()) {
                throw new IOException("cancelled");
            }
            switchTo(fresh, from);
            long seconds = Math.max(1, (long) (progress.done() / Math.max(progress.perSecond(), 1)));
            LOG.info(() -> "Search index rebuilt: " + progress.done() + " documents in about " + seconds + " s ("
                    + Math.round(progress.perSecond()) + " documents/s)");
            fresh = null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed; the previous index stays live", e);
            lastReason = progress.reason() + " (rebuild failed: " + e.getMessage() + ")";
        } finally {
            if (fresh != null) {
                discard(fresh);
            }
            synchronized (this) {
                rebuild = null;
            }
        }
    }

    /**
     * Catches the rebuilt index up with what changed while it was written, then makes it the live
     * one. Holding the indexing lock, so no change is applied to the old index meanwhile.
     */
    private void switchTo(IndexGeneration fresh, long builtFrom) throws IOException {
        IndexGeneration old;
        indexing.lock();
        try {
            old = live;
            // rows up to builtFrom had committed before the copy began; later ones may have been missed
            indexer.replay(fresh, builtFrom, old.cursor().highestApplied());
            fresh.followFrom(old.cursor());
            fresh.refresh();
            fresh.commit(SCHEMA_VERSION, database);
            makeCurrent(fresh.path());
            live = fresh;
            publishCovered();
        } finally {
            indexing.unlock();
        }
        discard(old);
        wake();
    }

    private void discard(IndexGeneration generation) {
        try {
            generation.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close " + generation.path(), e);
        }
        deleteTree(generation.path());
    }

    // ---- directories ----

    private Path currentDirectory() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return null;
        }
        String name = Files.readString(pointer).strip();
        return name.isEmpty() ? null : root.resolve(name);
    }

    /** Points CURRENT at {@code directory} atomically: a crash leaves either the old or the new name. */
    private void makeCurrent(Path directory) throws IOException {
        Path temporary = root.resolve(CURRENT + ".tmp");
        Files.writeString(temporary, directory.getFileName().toString());
        Files.move(
                temporary, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private synchronized Path newDirectory() throws IOException {
        Path directory = root.resolve("gen-" + System.currentTimeMillis());
        while (Files.exists(directory)) {
            directory = root.resolve("gen-" + (System.currentTimeMillis() + 1 + (long) (Math.random() * 1000)));
        }
        return Files.createDirectories(directory);
    }

    /** Removes directories left by earlier runs (an old index, an unfinished rebuild). */
    private void deleteAllBut(Path keep) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                if (Files.isDirectory(child) && !child.equals(keep)) {
                    deleteTree(child);
                }
            }
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + directory, e);
        }
    }

    // ---- for tests and diagnostics: the index itself, without the query side ----

    /** Keys of the live documents whose {@code field} holds exactly {@code term}, as searches see them now. */
    public List<String> keysWhere(String field, String term) {
        return withSearcher(searcher -> {
            try {
                TopDocs top = searcher.search(new TermQuery(new Term(field, term)), 10_000);
                List<String> keys = new ArrayList<>();
                var stored = searcher.storedFields();
                for (var hit : top.scoreDocs) {
                    keys.add(stored.document(hit.doc).get(IndexFields.KEY));
                }
                return keys;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A stored field of the document with this key, as searches see it now; null if there is no such document. */
    public String storedField(String key, String field) {
        return withSearcher(searcher -> {
            try {
                TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.KEY, key)), 2);
                if (top.scoreDocs.length == 0) {
                    return null;
                }
                if (top.scoreDocs.length > 1) {
                    throw new IllegalStateException("two documents with key " + key);
                }
                return searcher.storedFields().document(top.scoreDocs[0].doc).get(field);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public boolean contains(String key) {
        return withSearcher(searcher -> {
            try {
                return searcher.count(new TermQuery(new Term(IndexFields.KEY, key))) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The directory searches read now. */
    public Path liveDirectory() {
        return live.path();
    }

    /**
     * Simulates a restart: stops (without the final commit when {@code crash}, as a kill would),
     * lets {@code whileStopped} tamper with the index directory, and starts again with the start-up
     * checks. Tests use it to check catching up, and detecting a damaged index.
     */
    public void restart(boolean crash, Consumer<Path> whileStopped) throws IOException, InterruptedException {
        stopped = true;
        if (poll != null) {
            poll.cancel(false);
        }
        if (prune != null) {
            prune.cancel(false);
        }
        RebuildProgress running = rebuild;
        if (running != null) {
            running.cancel();
            while (rebuild != null) {
                Thread.sleep(20);
            }
        }
        Path directory;
        indexing.lock();
        try {
            directory = live.path();
            if (!crash) {
                live.commit(SCHEMA_VERSION, database);
            }
            live.close();
            live = null;
            coveredSeq = 0;
        } finally {
            indexing.unlock();
        }
        whileStopped.accept(directory);
        start();
    }

    /** Whether a rebuild is running. */
    public boolean rebuilding() {
        return rebuild != null;
    }
}
