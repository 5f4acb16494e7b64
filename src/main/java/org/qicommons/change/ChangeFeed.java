package org.qicommons.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the change log for its consumers, each of which keeps its own cursor (a sequence number).
 * An entry whose subject or kind this build does not know is an error, never skipped: a consumer
 * that skipped it would silently miss a change for good.
 */
@ApplicationScoped
@Transactional
public class ChangeFeed {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    /** Up to {@code limit} entries after {@code seq}, in sequence order. */
    public List<Change> after(long seq, int limit) {
        return between(seq, Long.MAX_VALUE, limit);
    }

    /** Entries with {@code after < seq <= upTo}, in sequence order. */
    public List<Change> between(long after, long upTo, int limit) {
        List<?> rows = em.createNativeQuery(
                        "select seq, entity_type, entity_id, operation, actor_id, changed_at from change_log"
                                + " where seq > ? and seq <= ? order by seq")
                .setParameter(1, after)
                .setParameter(2, upTo)
                .setMaxResults(limit)
                .getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object row : rows) {
            changes.add(change((Object[]) row));
        }
        return changes;
    }

    /** The newest entry's sequence number, 0 when the log is empty. */
    public long head() {
        Object head = em.createNativeQuery("select max(seq) from change_log").getSingleResult();
        return head == null ? 0 : ((Number) head).longValue();
    }

    /** How many entries the log holds. */
    public long size() {
        return ((Number) em.createNativeQuery("select count(*) from change_log").getSingleResult()).longValue();
    }

    /**
     * Deletes entries numbered up to {@code upTo} and written before {@code before}, at most
     * {@code batch} sequence numbers at a time (one short transaction each): how many went. The
     * caller passes the lowest position of every consumer that still needs the log.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune(long upTo, Instant before, int batch) {
        Object oldest = em.createNativeQuery("select min(seq) from change_log").getSingleResult();
        if (oldest == null) {
            return 0;
        }
        long bound = Math.min(upTo, ((Number) oldest).longValue() + batch - 1);
        return em.createNativeQuery("delete from change_log where seq <= ? and changed_at < ?")
                .setParameter(1, bound)
                .setParameter(2, before.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    static Change change(Object[] columns) {
        long seq = ((Number) columns[0]).longValue();
        return new Change(
                seq,
                known(Subject.class, (String) columns[1], seq),
                ((Number) columns[2]).longValue(),
                known(ChangeKind.class, (String) columns[3], seq),
                columns[4] == null ? null : ((Number) columns[4]).longValue(),
                instant(columns[5]));
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name, long seq) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new UnknownChangeException("Change log entry " + seq + " has a " + type.getSimpleName() + " '" + name
                    + "' that this version of QI Commons does not know; it was written by a newer version,"
                    + " or by hand");
        }
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case OffsetDateTime time -> time.toInstant();
            case Instant instant -> instant;
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
