package org.qicommons.project.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import org.qicommons.core.Checks;
import org.qicommons.core.InvalidInputException;

/** Reading what a form or an API call typed into checked values; each failure names its field. */
final class ProjectInput {
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
}
