package org.qicommons.project.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.qicommons.core.Checks;
import org.qicommons.core.InvalidInputException;
import org.qicommons.project.ProjectService;

/** Reading what a form or an API call typed into checked values; each failure names its field. */
final class ProjectInput {
    /** Letters (any script), digits, spaces and hyphens: tags are words people filter by. */
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]*");

    /** The earliest date anyone means: earlier is a typing slip ("0026-03-01"). */
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private ProjectInput() {}

    static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date written as year-month-day, such as 2026-03-31");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LocalDate.now().plusYears(5))) {
            throw new InvalidInputException(field, "must be a date between 1990 and five years from now");
        }
        return date;
    }

    static <E extends Enum<E>> E optionalChoice(String field, String value, Class<E> type) {
        return value == null || value.isBlank() ? null : Checks.oneOf(field, value, type);
    }

    static <E extends Enum<E>> Set<E> choices(String field, Set<String> values, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(value -> chosen.add(Checks.oneOf(field, value, type)));
        }
        return chosen;
    }

    /** Tags in lower case, spaces collapsed, at most {@link ProjectService#MAX_TAGS}. */
    static Set<String> tags(Set<String> values) {
        Set<String> tags = new LinkedHashSet<>();
        if (values == null) {
            return tags;
        }
        for (String value : values) {
            String tag =
                    value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > ProjectService.MAX_TAG) {
                throw new InvalidInputException(
                        "tags", "each tag must be at most " + ProjectService.MAX_TAG + " characters");
            }
            if (!TAG.matcher(tag).matches()) {
                throw new InvalidInputException(
                        "tags", "may use letters, digits, spaces and hyphens only (\"" + tag + "\")");
            }
            tags.add(tag);
        }
        if (tags.size() > ProjectService.MAX_TAGS) {
            throw new InvalidInputException("tags", "must be at most " + ProjectService.MAX_TAGS + " tags");
        }
        return tags;
    }
}
