package org.qicommons.search.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a rebuild spent the app's CPU, from the flight recording the app runs under
 * ({@code -XX:StartFlightRecording}, default settings: each running thread's stack sampled every
 * 20 ms). Samples of the rebuild thread (its stack holds {@code SearchIndex.runRebuild}) are filed
 * under the first non-JDK code on top of the stack: the PostgreSQL driver, EclipseLink turning rows
 * into entities, CommonMark turning Markdown into text, Lucene analysis (tokenising, stemming),
 * the rest of Lucene (inverting, flushing segments) or other code. A thread waiting for the
 * database is not running and is not sampled: the database's own CPU is measured separately.
 */
final class RebuildProfile {
    /** jdk.ExecutionSample's period in the default settings. */
    static final int SAMPLE_MILLIS = 20;

    /**
     * @param rebuildThread samples of the rebuild thread by what it was doing
     * @param otherThreads samples of the app's other threads by thread kind
     * @param peakHeapMb the most heap in use before any garbage collection in the window
     * @param committedHeapMb the most heap committed
     * @param collections garbage collections in the window
     * @param pauseSeconds the time they stopped every thread, the rebuild's too
     */
    record Result(
            Map<String, Integer> rebuildThread,
            Map<String, Integer> otherThreads,
            long peakHeapMb,
            long committedHeapMb,
            int collections,
            double pauseSeconds) {
        int rebuildSamples() {
            return rebuildThread.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** "what share" for the rebuild thread, largest first. */
        String rebuildShares() {
            return shares(rebuildThread, rebuildSamples());
        }

        /** CPU seconds of the other threads, by kind, as the samples estimate them. */
        String otherThreadSeconds() {
            StringBuilder out = new StringBuilder();
            otherThreads.forEach((kind, count) -> out.append(out.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s ≈%.0f s", kind, count * SAMPLE_MILLIS / 1000.0)));
            return out.toString();
        }
    }

    private RebuildProfile() {}

    static Result read(Path recording, Instant from, Instant to) throws IOException {
        Map<String, Integer> rebuild = new TreeMap<>();
        Map<String, Integer> others = new TreeMap<>();
        long peakHeap = 0;
        long committed = 0;
        int collections = 0;
        long pauseNanos = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        if (event.getStackTrace() == null) {
                            continue;
                        }
                        List<RecordedFrame> frames = event.getStackTrace().getFrames();
                        if (isRebuild(frames)) {
                            rebuild.merge(classify(frames), 1, Integer::sum);
                        } else {
                            others.merge(
                                    threadKind(event.getThread("sampledThread").getJavaName()), 1, Integer::sum);
                        }
                    }
                    case "jdk.GCHeapSummary" -> {
                        if ("Before GC".equals(event.getString("when"))) {
                            peakHeap = Math.max(peakHeap, event.getLong("heapUsed"));
                        }
                        committed = Math.max(committed, event.getLong("heapSpace.committedSize"));
                    }
                    case "jdk.GarbageCollection" -> {
                        collections++;
                        pauseNanos += event.getDuration("sumOfPauses").toNanos();
                    }
                    default -> {
                        // other events are for people opening the recording
                    }
                }
            }
        }
        return new Result(rebuild, others, peakHeap >> 20, committed >> 20, collections, pauseNanos / 1e9);
    }

    private static boolean isRebuild(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod().getName().equals("runRebuild")
                    && frame.getMethod().getType().getName().endsWith(".SearchIndex")) {
                return true;
            }
        }
        return false;
    }

    /** Files a stack (top frame first) under the first code on it that is not the JDK's. */
    static String classify(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
                continue;
            }
            if (type.startsWith("org.postgresql.")) {
                return "PostgreSQL driver";
            }
            if (type.startsWith("org.eclipse.persistence.")) {
                return "EclipseLink (rows to entities)";
            }
            if (type.startsWith("org.commonmark.")) {
                return "CommonMark (Markdown to text)";
            }
            if (type.startsWith("org.apache.lucene.analysis.")) {
                return "Lucene analysis (tokenising, stemming)";
            }
            if (type.startsWith("org.apache.lucene.")) {
                return "Lucene indexing (inverting, flushing)";
            }
            return "other: " + type.substring(type.lastIndexOf('.') + 1) + "."
                    + frame.getMethod().getName();
        }
        return "JDK only";
    }

    private static String threadKind(String name) {
        if (name == null) {
            return "other threads";
        }
        if (name.startsWith("Lucene Merge Thread")) {
            return "Lucene merges";
        }
        if (name.startsWith("http-thread-pool")) {
            return "HTTP requests";
        }
        return "other threads";
    }

    /** Each entry as "what NN%" of {@code total} samples, largest first; small ones together. */
    static String shares(Map<String, Integer> counts, int total) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        int small = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList()) {
            if (e.getValue() * 100 < total) {
                small += e.getValue();
            } else {
                sorted.put(e.getKey(), e.getValue());
            }
        }
        if (small > 0) {
            sorted.put("each under 1%", small);
        }
        StringBuilder out = new StringBuilder();
        sorted.forEach((what, count) -> {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(String.format(Locale.ROOT, "%s %.0f%%", what, 100.0 * count / Math.max(1, total)));
        });
        return out.toString();
    }
}
