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

    /** Letters (any script), digits, spaces and hyphens: tags are words people filter by. */
    private static final java.util.regex.Pattern TAG =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]*");

    /**
     * Tags as typed: lower case, spaces collapsed, blanks dropped, each at most {@code maxLength}
     * characters of letters, digits, spaces and hyphens, at most {@code maxTags} of them. Null is none.
     */
    public static java.util.Set<String> tags(
            String field, java.util.Collection<String> values, int maxTags, int maxLength) {
        java.util.Set<String> tags = new java.util.LinkedHashSet<>();
        for (String value : values == null ? java.util.List.<String>of() : values) {
            String tag =
                    value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > maxLength) {
                throw new InvalidInputException(field, "each tag must be at most " + maxLength + " characters");
            }
            if (!TAG.matcher(tag).matches()) {
                throw new InvalidInputException(
                        field, "may use letters, digits, spaces and hyphens only (\"" + tag + "\")");
            }
            tags.add(tag);
        }
        if (tags.size() > maxTags) {
            throw new InvalidInputException(field, "must be at most " + maxTags + " tags");
        }
        return tags;
    }

    private static String maxLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(
                    field, "must be at most " + max + " characters (it has " + value.length() + ")");
        }
        return value;
    }
}
