package org.qicommons.bench;

import java.util.List;
import java.util.Locale;

/** The wrk runs as one Markdown table: a row a run, latencies in milliseconds. */
final class LoadTable {
    private LoadTable() {}

    static String markdown(List<Wrk.Result> results) {
        StringBuilder table = new StringBuilder(
                "| page, clients | requests/s | p50 | p75 | p90 | p99 | non-2xx/3xx | 5xx | socket errors | timeouts"
                        + " | answers setting a cookie |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Wrk.Result r : results) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %,.0f | %.1f | %.1f | %.1f | %.1f | %,d | %,d | %,d | %,d | %,d of %,d |%n",
                    r.label(),
                    r.requestsPerSecond(),
                    r.p50(),
                    r.p75(),
                    r.p90(),
                    r.p99(),
                    r.non2xx3xx(),
                    r.status5xx(),
                    r.socketErrors(),
                    r.timeouts(),
                    r.setCookie(),
                    r.requests()));
        }
        return table.toString();
    }
}
