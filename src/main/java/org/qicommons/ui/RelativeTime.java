package org.qicommons.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * Says how long ago something happened in plain English: "just now", "5 minutes ago", "2 days ago",
 * "1 year, 7 months ago". Up to a month one unit is enough; beyond that the two largest calendar
 * units are given, counted on the UK calendar so that "1 month ago" means a calendar month.
 */
public final class RelativeTime {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private RelativeTime() {}

    public static String describe(Instant then, Instant now) {
        Duration elapsed = Duration.between(then, now);
        if (elapsed.toSeconds() < 60) {
            return "just now";
        }
        if (elapsed.toMinutes() < 60) {
            return ago(count(elapsed.toMinutes(), "minute"));
        }
        if (elapsed.toHours() < 24) {
            return ago(count(elapsed.toHours(), "hour"));
        }
        LocalDate from = then.atZone(LONDON).toLocalDate();
        LocalDate to = now.atZone(LONDON).toLocalDate();
        Period period = Period.between(from, to);
        if (period.getYears() > 0) {
            return ago(twoUnits(period.getYears(), "year", period.getMonths(), "month"));
        }
        if (period.getMonths() > 0) {
            return ago(twoUnits(period.getMonths(), "month", period.getDays(), "day"));
        }
        return ago(count(Math.max(1, elapsed.toDays()), "day"));
    }

    private static String twoUnits(long first, String firstUnit, long second, String secondUnit) {
        return second == 0 ? count(first, firstUnit) : count(first, firstUnit) + ", " + count(second, secondUnit);
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String ago(String amount) {
        return amount + " ago";
    }
}
