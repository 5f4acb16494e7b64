package org.qicommons.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

/**
 * The stored positions of the change log's consumers other than the search index (which keeps its
 * own in the index). A consumer locks its row for the whole transaction in which it acts on entries
 * and moves the position in that same transaction: one node at a time, and a crash rolls both back.
 */
@ApplicationScoped
public class ChangeCursors {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    /** The consumer's position, its row locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lock(String consumer) {
        List<?> rows = em.createNativeQuery("select position from change_cursor where consumer = ? for update")
                .setParameter(1, consumer)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no change-log cursor named " + consumer);
        }
        Object position = rows.getFirst();
        return ((Number) position).longValue();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(String consumer, long position) {
        em.createNativeQuery("update change_cursor set position = ?, updated_at = ? where consumer = ?")
                .setParameter(1, position)
                .setParameter(2, Instant.now().atOffset(ZoneOffset.UTC))
                .setParameter(3, consumer)
                .executeUpdate();
    }

    /** The lowest position of any consumer: the log must be kept above it. Empty when there are none. */
    @Transactional
    public OptionalLong lowest() {
        Object lowest =
                em.createNativeQuery("select min(position) from change_cursor").getSingleResult();
        return lowest == null ? OptionalLong.empty() : OptionalLong.of(((Number) lowest).longValue());
    }
}
