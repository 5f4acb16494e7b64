package org.qicommons.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 4, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void aRowBecomesATypedChange() {
        Change change = ChangeFeed.change(new Object[] {12L, "POST", 40L, "HIDDEN", 7L, AT});
        assertEquals(
                new Change(12, Subject.POST, 40, ChangeKind.HIDDEN, 7L, Instant.parse("2026-12-04T09:30:00Z")), change);
    }

    @Test
    void aChangeTheSiteMadeHasNoActor() {
        assertEquals(
                null,
                ChangeFeed.change(new Object[] {1, "MEMBERSHIP", 3, "ENDED", null, AT})
                        .actorId());
    }

    @Test
    void anUnknownSubjectOrKindIsAnErrorNamingTheEntry() {
        var subject = assertThrows(
                UnknownChangeException.class,
                () -> ChangeFeed.change(new Object[] {31L, "SURVEY", 1L, "CREATED", null, AT}));
        assertTrue(
                subject.getMessage().contains("31") && subject.getMessage().contains("SURVEY"), subject.getMessage());
        var kind = assertThrows(
                UnknownChangeException.class,
                () -> ChangeFeed.change(new Object[] {32L, "POST", 1L, "UPDATED", null, AT}));
        assertTrue(kind.getMessage().contains("UPDATED"), kind.getMessage());
    }
}
