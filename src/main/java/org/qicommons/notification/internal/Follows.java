package org.qicommons.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qicommons.notification.Follow;
import org.qicommons.notification.FollowLevel;
import org.qicommons.notification.FollowTarget;

/** The follow rows: who follows what, at which level. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Follows {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    public Optional<Follow> of(long memberId, FollowTarget target, long targetId) {
        return em.createQuery(
                        "select f from Follow f where f.memberId = :member and f.target = :target"
                                + " and f.targetId = :id",
                        Follow.class)
                .setParameter("member", memberId)
                .setParameter("target", target)
                .setParameter("id", targetId)
                .getResultStream()
                .findFirst();
    }

    public List<Follow> followersOf(FollowTarget target, long targetId) {
        return em.createQuery("select f from Follow f where f.target = :target and f.targetId = :id", Follow.class)
                .setParameter("target", target)
                .setParameter("id", targetId)
                .getResultList();
    }

    /** Sets the member's level, creating the follow when there is none. */
    public Follow set(long memberId, FollowTarget target, long targetId, FollowLevel level) {
        Optional<Follow> existing = of(memberId, target, targetId);
        if (existing.isPresent()) {
            existing.get().change(level);
            return existing.get();
        }
        Follow follow = new Follow(memberId, target, targetId, level, Instant.now());
        em.persist(follow);
        return follow;
    }

    /** Follows at {@code level} unless the member already chose a level (which is kept). */
    public void followUnlessChosen(long memberId, FollowTarget target, long targetId, FollowLevel level) {
        if (of(memberId, target, targetId).isEmpty()) {
            em.persist(new Follow(memberId, target, targetId, level, Instant.now()));
        }
    }

    public void remove(long memberId, FollowTarget target, long targetId) {
        of(memberId, target, targetId).ifPresent(em::remove);
    }
}
