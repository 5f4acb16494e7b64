package org.qicommons.search;

import java.time.LocalDate;
import java.util.Set;

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
        int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), null, null, null, null, 0, DEFAULT_SIZE);
    }
}
