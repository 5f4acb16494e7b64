package org.qicommons.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogCursorTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final LogCursor cursor = new LogCursor(10, Duration.ofSeconds(5));

    @Test
    void movesOverEntriesReadInOrder() {
        cursor.applied(11);
        cursor.applied(12);
        cursor.advance(T0);
        assertEquals(12, cursor.position());
        assertEquals(0, cursor.openGaps());
        assertTrue(cursor.coversAllUpTo(12));
    }

    @Test
    void stopsAtAYoungGapAndMovesOnWhenTheLateEntryArrives() {
        cursor.applied(11);
        cursor.applied(13);
        cursor.advance(T0);
        assertEquals(11, cursor.position(), "12 may still commit");
        assertEquals(1, cursor.openGaps());
        assertFalse(cursor.coversAllUpTo(13));
        assertTrue(cursor.coversAllUpTo(11));
        cursor.applied(12);
        cursor.advance(T0.plusSeconds(1));
        assertEquals(13, cursor.position());
    }

    @Test
    void takesAGapAsRolledBackOnceItIsOlderThanTheGracePeriod() {
        cursor.applied(12);
        cursor.advance(T0);
        assertEquals(10, cursor.position());
        cursor.advance(T0.plusSeconds(4));
        assertEquals(10, cursor.position());
        cursor.advance(T0.plusSeconds(5));
        assertEquals(12, cursor.position());
    }

    @Test
    void eachGapAgesFromWhenItWasFirstSeen() {
        cursor.applied(12);
        cursor.advance(T0);
        cursor.applied(14);
        cursor.advance(T0.plusSeconds(3));
        cursor.advance(T0.plusSeconds(5));
        assertEquals(12, cursor.position(), "13 was first seen at 3 s");
        cursor.advance(T0.plusSeconds(8));
        assertEquals(14, cursor.position());
    }

    @Test
    void remembersWhatWasReadAboveAGap() {
        cursor.applied(12);
        cursor.advance(T0);
        assertTrue(cursor.isApplied(12));
        assertFalse(cursor.isApplied(11));
        assertEquals(12, cursor.highestApplied());
        LogCursor copy = cursor.copy();
        copy.applied(11);
        copy.advance(T0);
        assertEquals(12, copy.position());
        assertEquals(10, cursor.position(), "the copy is independent");
    }
}
