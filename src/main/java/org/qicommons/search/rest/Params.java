package org.qicommons.search.rest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qicommons.core.InvalidInputException;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchQuery;

/**
 * Query parameters of the search API, read as text: JAX-RS answers a parameter it cannot convert
 * with 404, and bad input must be a 400 naming the parameter.
 */
final class Params {
    private Params() {}

    /** {@code type=DISCUSSION&type=REPLY} or {@code type=DISCUSSION,REPLY}; case does not matter. */
    static Set<HitType> types(List<String> values) {
        Set<HitType> types = EnumSet.noneOf(HitType.class);
        if (values == null) {
            return types;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                String name = part.strip().toUpperCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    types.add(HitType.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("type", "must be one of " + EnumSet.allOf(HitType.class));
                }
            }
        }
        return types;
    }

    static LocalDate date(String field, String value) {
        return SearchQuery.date(field, value);
    }

    /** A whole number, {@code fallback} when absent. */
    static int number(String field, String value, int fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    /** A 0-based page number, 0 when absent, at most {@link SearchQuery#MAX_PAGE}. */
    static int page(String value) {
        int page = number("page", value, 0);
        if (page < 0 || page > SearchQuery.MAX_PAGE) {
            throw new InvalidInputException("page", "must be between 0 and " + SearchQuery.MAX_PAGE);
        }
        return page;
    }

    static String optional(String value) {
        return blank(value) ? null : value.strip();
    }

    /** Organisation types are enum names; accepted in any case. */
    static String upper(String value) {
        return blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
