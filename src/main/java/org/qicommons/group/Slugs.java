package org.qicommons.group;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/** Turns a group name into the readable part of its address: "Achieving equity through QI" → "achieving-equity-through-qi". */
public final class Slugs {
    static final int MAX_LENGTH = 60;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private Slugs() {}

    /**
     * Six unpredictable letters and digits (no look-alikes such as l and 1) to end a private group's
     * address, so that it cannot be guessed, or found to exist, from the group's name.
     */
    public static String randomSuffix() {
        StringBuilder suffix = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_LETTERS.charAt(RANDOM.nextInt(SUFFIX_LETTERS.length())));
        }
        return suffix.toString();
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "group" : slug;
    }
}
