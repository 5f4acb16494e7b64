package org.qicommons.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import org.qicommons.member.Viewer;

/**
 * Appends to the change log inside the caller's transaction, so a change and its entry commit or
 * roll back together. Nothing else writes the log: entity listeners and pages never do.
 */
@ApplicationScoped
public class ChangeLog {
    /**
     * Fired with every entry. Observers that act after commit use {@code during = AFTER_SUCCESS}: the
     * indexer takes it as a hint to read the log now (the table stays the truth).
     */
    public record Recorded(Subject subject, long subjectId, ChangeKind kind) {}

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    Event<Recorded> recorded;

    /** Records that {@code by} (a signed-in member) did {@code kind} to the subject. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Subject subject, long subjectId, ChangeKind kind, Viewer by) {
        record(subject, subjectId, kind, by.memberId());
    }

    /** As above, with the actor's member id, or null for a change the site made itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Subject subject, long subjectId, ChangeKind kind, Long actorId) {
        // two statements rather than binding a null: PostgreSQL's driver cannot type an untyped null
        var insert = actorId == null
                ? em.createNativeQuery("insert into change_log (entity_type, entity_id, operation, changed_at)"
                        + " values (?, ?, ?, ?)")
                : em.createNativeQuery("insert into change_log (entity_type, entity_id, operation, changed_at,"
                                + " actor_id) values (?, ?, ?, ?, ?)")
                        .setParameter(5, actorId);
        insert.setParameter(1, subject.name())
                .setParameter(2, subjectId)
                .setParameter(3, kind.name())
                .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        recorded.fire(new Recorded(subject, subjectId, kind));
    }
}
