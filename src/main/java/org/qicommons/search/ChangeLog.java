package org.qicommons.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Appends to the change log (outbox) inside the caller's transaction, so a change and its log row
 * commit or roll back together. Readers of the log reload the entity by id: rows carry ids only.
 */
@ApplicationScoped
public class ChangeLog {
    public static final String MEMBER = "MEMBER";
    public static final String GROUP = "GROUP";
    public static final String DISCUSSION = "DISCUSSION";
    public static final String POST = "POST";
    public static final String MEMBERSHIP = "MEMBERSHIP";

    public enum Operation {
        CREATED,
        UPDATED,
        DELETED
    }

    /**
     * Fired with every entry. Observers that act after commit use {@code during = AFTER_SUCCESS}: the
     * indexer takes it as a hint to read the log now (the table stays the truth).
     */
    public record Recorded(String entityType, long entityId) {}

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    Event<Recorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, long entityId, Operation operation) {
        em.createNativeQuery(
                        "insert into change_log (entity_type, entity_id, operation, changed_at) values (?, ?, ?, ?)")
                .setParameter(1, entityType)
                .setParameter(2, entityId)
                .setParameter(3, operation.name())
                .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        recorded.fire(new Recorded(entityType, entityId));
    }
}
