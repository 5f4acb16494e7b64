package org.qicommons.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts events per key over a sliding time window, in memory: what the sign-in throttle and the
 * write limits both count. Keys whose events have all left the window are swept once the map has
 * grown by {@link #SWEEP_EVERY} keys, so memory is bounded by the window's events. Not thread-safe:
 * its owner holds one lock around each use.
 */
final class SlidingWindow {
    static final int SWEEP_EVERY = 1_000;

    private final Duration window;
    private final Map<String, Deque<Instant>> events = new HashMap<>();
    private int keysAtLastSweep;

    SlidingWindow(Duration window) {
        this.window = window;
    }

    /** Seconds until {@code key} has fewer than {@code allowed} events in the window (at least 1), or 0 now. */
    long secondsToWait(String key, int allowed, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return 0;
        }
        prune(times, now);
        if (times.isEmpty()) {
            events.remove(key);
            return 0;
        }
        if (times.size() < allowed) {
            return 0;
        }
        return Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
    }

    void add(String key, Instant at) {
        events.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(at);
        if (events.size() - keysAtLastSweep >= SWEEP_EVERY) {
            events.values().forEach(times -> prune(times, at));
            events.values().removeIf(Deque::isEmpty);
            keysAtLastSweep = events.size();
        }
    }

    /** Takes back one event added at {@code at} (an attempt that did not count after all). */
    void remove(String key, Instant at) {
        Deque<Instant> times = events.get(key);
        if (times != null) {
            times.removeLastOccurrence(at);
            if (times.isEmpty()) {
                events.remove(key);
            }
        }
    }

    void clear(String key) {
        events.remove(key);
    }

    int size() {
        return events.size();
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().plus(window).isBefore(now)) {
            times.removeFirst();
        }
    }
}
