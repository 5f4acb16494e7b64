package org.qicommons.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Times for pages, as EL {@code #{time.ago(t)}}, {@code #{time.exact(t)}} and {@code #{time.iso(t)}}:
 * put together in a {@code <time datetime="iso" title="exact">ago</time>} element.
 */
@Named("time")
@ApplicationScoped
public class TimeFormat {
    private static final DateTimeFormatter EXACT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(RelativeTime.LONDON);

    public String ago(Instant then) {
        return then == null ? "" : RelativeTime.describe(then, Instant.now());
    }

    /** "26 November 2026 at 14:05", UK time. */
    public String exact(Instant then) {
        return then == null ? "" : EXACT.format(then);
    }

    /** A machine-readable time for the datetime attribute. */
    public String iso(Instant then) {
        return then == null ? "" : then.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The whole {@code <time datetime="iso" title="exact">ago</time>} element, for pages built in Java. */
    public StringBuilder element(StringBuilder out, Instant at) {
        out.append("<time datetime=\"").append(iso(at)).append("\" title=\"");
        Html.text(out, exact(at)).append("\">");
        return Html.text(out, ago(at)).append("</time>");
    }
}
