package org.qicommons.api;

import org.qicommons.core.InvalidInputException;

/**
 * Reads the {@code size} query parameter of a list. Taken as text because JAX-RS answers a query
 * parameter it cannot convert with 404, and "size=abc" is bad input (400 naming the field), as is an
 * explicit "size=0". Absent means the list's default (0 for the services); the upper bound is the
 * service's to check.
 */
public final class PageSize {
    private PageSize() {}

    public static int parse(String size) {
        if (size == null || size.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(size.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("size", "must be a whole number of at least 1");
    }
}
