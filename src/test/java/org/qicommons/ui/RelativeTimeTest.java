package org.qicommons.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {
    private static final Instant NOW =
            ZonedDateTime.of(2026, 11, 26, 14, 5, 0, 0, RelativeTime.LONDON).toInstant();

    private static String ago(Duration duration) {
        return RelativeTime.describe(NOW.minus(duration), NOW);
    }

    private static String at(int year, int month, int day) {
        return RelativeTime.describe(
                ZonedDateTime.of(year, month, day, 14, 5, 0, 0, RelativeTime.LONDON)
                        .toInstant(),
                NOW);
    }

    @Test
    void secondsAreJustNow() {
        assertEquals("just now", ago(Duration.ofSeconds(0)));
        assertEquals("just now", ago(Duration.ofSeconds(59)));
    }

    @Test
    void aTimeInTheFutureIsJustNow() {
        assertEquals("just now", RelativeTime.describe(NOW.plusSeconds(30), NOW));
    }

    @Test
    void minutesAndHoursUseOneUnit() {
        assertEquals("1 minute ago", ago(Duration.ofSeconds(60)));
        assertEquals("5 minutes ago", ago(Duration.ofMinutes(5)));
        assertEquals("59 minutes ago", ago(Duration.ofMinutes(59).plusSeconds(59)));
        assertEquals("1 hour ago", ago(Duration.ofMinutes(60)));
        assertEquals("3 hours ago", ago(Duration.ofHours(3).plusMinutes(40)));
        assertEquals("23 hours ago", ago(Duration.ofHours(23)));
    }

    @Test
    void daysUpToAMonth() {
        assertEquals("1 day ago", ago(Duration.ofHours(24)));
        assertEquals("2 days ago", ago(Duration.ofDays(2)));
        assertEquals("30 days ago", at(2026, 10, 27));
    }

    @Test
    void monthsComeWithDays() {
        assertEquals("1 month ago", at(2026, 10, 26));
        assertEquals("3 months, 2 days ago", at(2026, 8, 24));
    }

    @Test
    void yearsComeWithMonths() {
        assertEquals("1 year ago", at(2025, 11, 26));
        assertEquals("1 year, 7 months ago", at(2025, 4, 20));
        assertEquals("2 years, 1 month ago", at(2024, 10, 1));
    }
}
