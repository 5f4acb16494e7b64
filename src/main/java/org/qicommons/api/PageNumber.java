package org.qicommons.api;

import org.qicommons.core.InvalidInputException;

/** Reads the {@code page} query parameter of a list (from 0), as text for the reason {@link PageSize} gives. */
public final class PageNumber {
    private PageNumber() {}

    public static int parse(String page) {
        if (page == null || page.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(page.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("page", "must be a whole number of at least 0");
    }
}
