package org.qicommons.discussion;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/** Counts the SQL calls EclipseLink makes, to prove a read costs a fixed number of queries. */
final class QueryCounter extends SessionEventAdapter {
    private final AtomicInteger calls = new AtomicInteger();

    static QueryCounter attachTo(EntityManagerFactory emf) {
        QueryCounter counter = new QueryCounter();
        emf.unwrap(ServerSession.class).getEventManager().addListener(counter);
        return counter;
    }

    void detachFrom(EntityManagerFactory emf) {
        emf.unwrap(ServerSession.class).getEventManager().removeListener(this);
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        calls.incrementAndGet();
    }

    int reset() {
        return calls.getAndSet(0);
    }
}
