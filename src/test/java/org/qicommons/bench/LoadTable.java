package org.qicommons.bench;

import java.util.List;
import java.util.Locale;

/**
 * The wrk runs as one Markdown table: a row a run, latencies in milliseconds. wrk leaves answers slower
 * than its timeout (2 s) out of the latencies and counts them as timeouts, and does not count requests
 * still unanswered at the end at all: a run with no latency has none under 2 s, or no answer at all.
 */
final class LoadTable {
    private LoadTable() {}

    static String markdown(List<Wrk.Result> results) {
        StringBuilder table = new StringBuilder(
                "| page, clients | requests/s | p50 | p75 | p90 | p99 | non-2xx/3xx | 5xx | socket errors | timeouts"
                        + " | answers setting a cookie |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Wrk.Result r : results) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %,.0f | %s | %,d | %,d | %,d | %,d | %,d of %,d |%n",
                    r.label(),
                    r.requestsPerSecond(),
                    latencies(r),
                    r.non2xx3xx(),
                    r.status5xx(),
                    r.socketErrors(),
                    r.timeouts(),
                    r.setCookie(),
                    r.requests()));
        }
        return table.toString();
    }

    private static String latencies(Wrk.Result r) {
        if (r.requests() == 0) {
            return "no answer | – | – | –";
        }
        if (r.p99() == 0) {
            return "every answer over the timeout | – | – | –";
        }
        return String.format(Locale.ROOT, "%.1f | %.1f | %.1f | %.1f", r.p50(), r.p75(), r.p90(), r.p99());
    }
}
