package org.qicommons.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.qicommons.core.Checks;
import org.qicommons.core.InvalidInputException;

/**
 * The audit log's filter as people type it, read from text for the API and the administrators' page
 * alike, so that both accept the same dates and answer bad input the same way: an InvalidInputException
 * naming the parameter (a 400 from the API, a message on the page's filter form). Read as text because
 * JAX-RS answers a parameter it cannot convert with 404.
 */
public final class AuditParams {
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 9999;

    private AuditParams() {}

    /** The whole filter; an action is one of {@link AuditAction}'s names (any case), blank for all. */
    public static AuditLog.Filter filter(
            String actor, String action, String from, String to, String page, String size) {
        return new AuditLog.Filter(
                id("actor", actor),
                action == null || action.isBlank() ? null : Checks.oneOf("action", action.strip(), AuditAction.class),
                time("from", from, false),
                time("to", to, true),
                number("page", page, 0),
                number("size", size, 0));
    }

    public static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a member id");
        }
    }

    public static int number(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    /** A date (UTC; as an upper bound, the whole day counts) or an instant such as 2026-12-03T10:00:00Z. */
    public static Instant time(String field, String value, boolean upperBound) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            Instant at = text.length() <= 10
                    ? LocalDate.parse(text)
                            .plusDays(upperBound ? 1 : 0)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                    : Instant.parse(text);
            int year = at.atOffset(ZoneOffset.UTC).getYear();
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new InvalidInputException(field, "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
            }
            return at;
        } catch (DateTimeException e) {
            throw new InvalidInputException(
                    field, "must be a date such as 2026-12-03 or a time such as 2026-12-03T10:00:00Z");
        }
    }
}
