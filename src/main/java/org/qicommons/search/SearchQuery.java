package org.qicommons.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.qicommons.core.InvalidInputException;

/**
 * What a member asks for. {@code text} is the query as typed (quoted phrases, {@code -exclusion},
 * {@code OR}, {@code prefix*}); empty types means all; null filters mean "any". Dates are inclusive,
 * in UK time. {@code page} is 0-based.
 */
public record SearchQuery(
        String text,
        Set<HitType> types,
        String groupSlug,
        String organisationType,
        LocalDate from,
        LocalDate to,
        int page,
        int size,
        List<String> labels) {
    public static final int DEFAULT_SIZE = 20;

    /**
     * The facets of projects and resources, each a filter {@code dimension:value} in {@code labels}
     * (e.g. {@code setting:CARE_HOMES}, {@code equityFocus:LANGUAGE}, {@code tag:falls}).
     */
    public static final List<String> LABEL_DIMENSIONS =
            List.of("setting", "stage", "equityFocus", "resourceType", "tag");

    public SearchQuery {
        labels = labels == null ? List.of() : List.copyOf(labels);
        for (String label : labels) {
            int colon = label.indexOf(':');
            if (colon < 1 || !LABEL_DIMENSIONS.contains(label.substring(0, colon)) || colon == label.length() - 1) {
                throw new InvalidInputException(
                        "labels", "must be dimension:value with a dimension of " + LABEL_DIMENSIONS);
            }
        }
    }

    /** A search without project or resource facet filters. */
    public SearchQuery(
            String text,
            Set<HitType> types,
            String groupSlug,
            String organisationType,
            LocalDate from,
            LocalDate to,
            int page,
            int size) {
        this(text, types, groupSlug, organisationType, from, to, page, size, List.of());
    }

    public static final int MAX_SIZE = 100;

    /** The last page served: deeper paging means a narrower query (and 0-based pages past it 400). */
    public static final int MAX_PAGE = 500;

    /** The earliest and latest dates a range may name; beyond them a date is a mistake, not a filter. */
    public static final int MIN_YEAR = 1900;

    public static final int MAX_YEAR = 9999;

    /**
     * A date filter as typed ({@code 2026-03-31}), or null when blank; anything else, including years
     * outside {@link #MIN_YEAR}..{@link #MAX_YEAR} ("+999999999-12-31"), is an InvalidInputException
     * on {@code field}.
     */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw new InvalidInputException(
                field, "must be a date like 2026-03-31, between the years " + MIN_YEAR + " and " + MAX_YEAR);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), null, null, null, null, 0, DEFAULT_SIZE);
    }
}
