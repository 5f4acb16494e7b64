package org.qicommons.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** How far a rebuild has got: documents written of the total counted at its start, and the rate. */
final class RebuildProgress {
    private final String reason;
    private final Instant started = Instant.now();
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile boolean cancelled;

    RebuildProgress(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    long done() {
        return done.get();
    }

    long total() {
        return Math.max(total, done.get());
    }

    void total(long total) {
        this.total = total;
    }

    void wrote(int documents) {
        done.addAndGet(documents);
    }

    double perSecond() {
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : done.get() / seconds;
    }

    /** Seconds left at the rate so far; -1 while there is no rate yet. */
    long etaSeconds() {
        double rate = perSecond();
        return rate <= 0 ? -1 : (long) Math.ceil((total() - done.get()) / rate);
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }
}
