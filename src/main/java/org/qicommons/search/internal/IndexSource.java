package org.qicommons.search.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.qicommons.change.Change;
import org.qicommons.change.ChangeFeed;
import org.qicommons.search.DocumentChange;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchDocumentSource;

/**
 * Everything the index reads from the database, read-only: the change log, and documents from the
 * features' {@link SearchDocumentSource}s (which read their entities directly: the indexer is not a
 * viewer, it indexes everything and the permission filter is applied at query time). Each method is
 * one short read transaction, which the sources join.
 */
@ApplicationScoped
@Transactional
public class IndexSource {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    ChangeFeed feed;

    @Inject
    @Any
    Instance<SearchDocumentSource> sources;

    private SourceRegistry registry;

    @PostConstruct
    void findSources() {
        registry = new SourceRegistry(sources.stream().toList());
    }

    // ---- the change log ----

    /** Up to {@code limit} entries after {@code seq}, in sequence order. */
    public List<Change> changesAfter(long seq, int limit) {
        return feed.after(seq, limit);
    }

    /** Entries with {@code after < seq <= upTo}, in sequence order. */
    public List<Change> changesBetween(long after, long upTo, int limit) {
        return feed.between(after, upTo, limit);
    }

    /** As {@link ChangeFeed#prune}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int pruneChangeLog(long upTo, Instant before, int batch) {
        return feed.prune(upTo, before, batch);
    }

    /** How many entries the change log holds (for tests and the index status). */
    public long logSize() {
        return feed.size();
    }

    /** The newest change-log entry, 0 when the log is empty. */
    public long logHead() {
        return feed.head();
    }

    /**
     * A random id this database was given once (see V2__search_index.sql). The index remembers it, so
     * an index built from another database (a restored backup, a fresh test database) is noticed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String databaseIdentity() {
        List<?> found = em.createNativeQuery("select database_id from database_identity where singleton = 1")
                .getResultList();
        if (!found.isEmpty()) {
            return (String) found.getFirst();
        }
        String identity = UUID.randomUUID().toString();
        em.createNativeQuery("insert into database_identity (singleton, database_id, created_at) values (1, ?, ?)")
                .setParameter(1, identity)
                .setParameter(2, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return identity;
    }

    // ---- documents ----

    /** What the given change-log entries mean for the index, read in one transaction. */
    public List<DocumentChange> resolve(List<Change> changes) {
        return registry.resolve(changes);
    }

    /** How many documents a full rebuild writes (an estimate for progress: rows change meanwhile). */
    public long countSearchable() {
        return registry.pages().stream()
                .mapToLong(pages -> pages.count().getAsLong())
                .sum();
    }

    /** Every kind of document, each read page by page for a rebuild (through {@link #page}). */
    public List<SearchDocumentSource.DocumentPages> pages() {
        return registry.pages();
    }

    /** One page of one kind of document, read in one transaction like every other read here. */
    public List<SearchDocument> page(SearchDocumentSource.DocumentPages pages, long afterId, int limit) {
        return pages.after(afterId, limit);
    }
}
