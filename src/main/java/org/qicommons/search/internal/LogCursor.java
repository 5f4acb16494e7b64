package org.qicommons.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Where the indexer stands in the change log, allowing for gaps. Sequence numbers come from an
 * identity column, taken when a row is inserted, not when its transaction commits; so a reader can
 * see 7 before 6 commits (6 arrives late), and a rolled-back transaction leaves 6 missing for good.
 *
 * <p>{@link #position()} is the crash-safe cursor stored in the index's commit data: every entry up
 * to it is applied (or was a gap that stayed empty for longer than the grace period and is taken
 * as rolled back). Entries above it that were read are remembered in memory so they are not applied
 * twice in a run; after a restart they are simply applied again, which is harmless because applying
 * an entry reloads the entity's current state.
 *
 * <p>Not thread-safe: the indexer owns it.
 */
final class LogCursor {
    private final Duration gapGrace;
    private long position;
    private final NavigableSet<Long> appliedAbove = new TreeSet<>();
    /** When each gap (a missing sequence number below one already read) was first noticed. */
    private final Map<Long, Instant> gapsSeen = new HashMap<>();

    LogCursor(long position, Duration gapGrace) {
        this.position = position;
        this.gapGrace = gapGrace;
    }

    long position() {
        return position;
    }

    /** The highest entry read so far (the position when nothing above it has been read). */
    long highestApplied() {
        return appliedAbove.isEmpty() ? position : appliedAbove.last();
    }

    boolean isApplied(long seq) {
        return seq <= position || appliedAbove.contains(seq);
    }

    void applied(long seq) {
        if (seq > position) {
            appliedAbove.add(seq);
            gapsSeen.remove(seq);
        }
    }

    /** Open gaps: sequence numbers above the position, below the highest read, not read yet. */
    int openGaps() {
        return (int) (highestApplied() - position - appliedAbove.size());
    }

    /** True if nothing at or below {@code seq} is still missing. */
    boolean coversAllUpTo(long seq) {
        return position >= seq || (openGapsBelow(seq) == 0 && highestApplied() >= seq);
    }

    private long openGapsBelow(long seq) {
        return Math.min(seq, highestApplied())
                - position
                - appliedAbove.headSet(seq, true).size();
    }

    /**
     * Moves the position over every applied entry, and over gaps older than the grace period.
     * Stops at the first gap still young: a transaction may yet commit there.
     */
    void advance(Instant now) {
        long highest = highestApplied();
        while (position < highest) {
            long next = position + 1;
            if (appliedAbove.remove(next)) {
                position = next;
                continue;
            }
            Instant seen = gapsSeen.computeIfAbsent(next, gap -> now);
            if (Duration.between(seen, now).compareTo(gapGrace) < 0) {
                break;
            }
            gapsSeen.remove(next);
            position = next;
        }
        // remember from now when the other gaps were first seen, so each ages from its own start
        for (long gap = position + 1; gap < highest; gap++) {
            if (!appliedAbove.contains(gap)) {
                gapsSeen.putIfAbsent(gap, now);
            }
        }
    }

    /** A copy, for a rebuilt index taking over from the live one. */
    LogCursor copy() {
        LogCursor copy = new LogCursor(position, gapGrace);
        copy.appliedAbove.addAll(appliedAbove);
        copy.gapsSeen.putAll(gapsSeen);
        return copy;
    }
}
