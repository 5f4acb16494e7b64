package org.qicommons.bench;

import java.util.Arrays;
import java.util.Locale;

/** How the benchmarks report a set of latencies. */
public final class Latencies {
    private Latencies() {}

    /** "p50 …, p99 …, max …" in milliseconds, from nanoseconds. */
    public static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
