package org.qicommons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qicommons.member.MemberService;
import org.qicommons.member.SessionsEnded;

/**
 * Each signed-in member's session generation, kept for a few seconds so that checking a session
 * does not cost a query on every request. A change on this instance is seen at once (the entry is
 * dropped after commit); on another instance behind the same database, within {@link #FRESH_MILLIS}.
 */
@ApplicationScoped
public class SessionGenerations {
    static final long FRESH_MILLIS = 10_000;
    /** Beyond this many members signed in at once, the cache starts again rather than grow. */
    private static final int MAX_ENTRIES = 50_000;

    private record Known(int generation, long loadedAt) {}

    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    @Inject
    MemberService members;

    public int current(long memberId) {
        long now = System.currentTimeMillis();
        Known entry = known.get(memberId);
        if (entry == null || now - entry.loadedAt() > FRESH_MILLIS) {
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
            entry = new Known(members.sessionGeneration(memberId), now);
            known.put(memberId, entry);
        }
        return entry.generation();
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded event) {
        known.remove(event.memberId());
    }
}
