package org.qicommons.group;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a group name into the readable part of its address: "Achieving equity through QI" → "achieving-equity-through-qi". */
public final class Slugs {
    static final int MAX_LENGTH = 60;

    private Slugs() {}

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
