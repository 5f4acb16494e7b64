package org.qicommons.discussion;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Counts the SQL calls EclipseLink makes on the thread that attached it, to prove a read costs a
 * fixed number of queries. Only that thread: background work (the search indexer following the
 * change log, its poll) runs queries at any moment and is not part of the read being measured.
 */
final class QueryCounter extends SessionEventAdapter {
    private final AtomicInteger calls = new AtomicInteger();
    private final Thread owner = Thread.currentThread();

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
        if (Thread.currentThread() == owner) {
            calls.incrementAndGet();
        }
    }

    int reset() {
        return calls.getAndSet(0);
    }
}
