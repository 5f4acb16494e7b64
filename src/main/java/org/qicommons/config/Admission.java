package org.qicommons.config;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Who may do work now: at most {@code concurrency} at once, the rest waiting in arrival order (a
 * fair semaphore) for at most {@code maxWaitNanos}, and nobody new waiting once {@code maxWaiting}
 * already are. {@link LoadShedding} answers 503 to whoever is refused.
 */
final class Admission {
    private final Semaphore permits;
    private final int maxWaiting;
    private final long maxWaitNanos;

    Admission(int concurrency, int maxWaiting, long maxWaitNanos) {
        this.permits = new Semaphore(concurrency, true);
        this.maxWaiting = maxWaiting;
        this.maxWaitNanos = maxWaitNanos;
    }

    /** Waits for a turn; false when refused (too many waiting, waited too long, or interrupted). */
    boolean enter() {
        if (permits.getQueueLength() >= maxWaiting) {
            return false;
        }
        try {
            return permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ends a turn that {@link #enter} gave. */
    void leave() {
        permits.release();
    }

    int waiting() {
        return permits.getQueueLength();
    }
}
