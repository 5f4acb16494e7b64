package org.qicommons.core;

/** Input rules shared by several use cases; each failure names the field. */
public final class Checks {
    private Checks() {}

    /** Trims the text and checks it is present and not longer than {@code max} characters. */
    public static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        return maxLength(field, trimmed, max);
    }

    /**
     * Checks a Markdown text is present and not too long. Only trailing space is removed: leading
     * spaces can mean something in Markdown (an indented code block).
     */
    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        return maxLength(field, value.stripTrailing(), max);
    }

    /** A page size: {@code 0} means {@code defaultSize}; otherwise it must be from 1 to {@code max}. */
    public static int pageSize(int size, int defaultSize, int max) {
        if (size == 0) {
            return defaultSize;
        }
        if (size < 1 || size > max) {
            throw new InvalidInputException("size", "must be between 1 and " + max);
        }
        return size;
    }

    /** Trims the text; blank becomes null. Checks the length. */
    public static String optional(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.isEmpty() ? null : maxLength(field, trimmed, max);
    }

    /** Reads an enum constant by name, ignoring case; the message lists what is allowed. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String maxLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(
                    field, "must be at most " + max + " characters (it has " + value.length() + ")");
        }
        return value;
    }
}
