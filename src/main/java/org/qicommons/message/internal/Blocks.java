package org.qicommons.message.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/** Who has blocked whom. Plain SQL: a pair of ids and a time. */
@ApplicationScoped
@Transactional
public class Blocks {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    public boolean blocks(long blocker, long blocked) {
        return !em.createNativeQuery("select 1 from member_block where blocker_id = ? and blocked_id = ?")
                .setParameter(1, blocker)
                .setParameter(2, blocked)
                .getResultList()
                .isEmpty();
    }

    /** Those among {@code members} who have blocked {@code sender}. */
    public List<Long> blockersOf(long sender, Collection<Long> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        List<Long> blockers = new java.util.ArrayList<>();
        for (Object id : em.createNativeQuery("select blocker_id from member_block where blocked_id = ?")
                .setParameter(1, sender)
                .getResultList()) {
            long blocker = ((Number) id).longValue();
            if (members.contains(blocker)) {
                blockers.add(blocker);
            }
        }
        return blockers;
    }

    public void block(long blocker, long blocked) {
        if (!blocks(blocker, blocked)) {
            em.createNativeQuery("insert into member_block (blocker_id, blocked_id, created_at) values (?, ?, ?)")
                    .setParameter(1, blocker)
                    .setParameter(2, blocked)
                    .setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    public void unblock(long blocker, long blocked) {
        em.createNativeQuery("delete from member_block where blocker_id = ? and blocked_id = ?")
                .setParameter(1, blocker)
                .setParameter(2, blocked)
                .executeUpdate();
    }
}
