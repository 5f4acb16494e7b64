package org.qicommons.discussion.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.qicommons.core.InvalidInputException;
import org.qicommons.discussion.ThreadPath;

/**
 * Keyset-pagination cursors. Activity streams page on (last activity, id), threads on the thread
 * path, so a page is found by an index seek however deep into the list it is (never OFFSET).
 */
final class Cursors {
    private Cursors() {}

    record ActivityKey(Instant lastActivityAt, long id) {}

    static String activity(Instant lastActivityAt, long id) {
        String raw = lastActivityAt.toString() + "~" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ActivityKey parseActivity(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int sep = raw.indexOf('~');
            return new ActivityKey(Instant.parse(raw.substring(0, sep)), Long.parseLong(raw.substring(sep + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list gave out");
        }
    }

    /** Thread cursors are thread paths: digits only, whole segments. */
    static String parseThreadPath(String after) {
        if (after == null || after.isEmpty()) {
            return "";
        }
        if (!after.matches("\\d+") || after.length() % ThreadPath.WIDTH != 0) {
            throw new InvalidInputException("after", "is not a cursor this thread gave out");
        }
        return after;
    }
}
