package org.qicommons.search.bench;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qicommons.bench.PayaraApp;
import org.qicommons.testing.ApiClient;

/**
 * Follows one search-index rebuild through the admin API ({@code GET /api/admin/search}) until the
 * index is READY again, printing the progress the API reports every ~10 s. It adds up the CPU the
 * app and the database's backends used meanwhile, saves a thread dump now and then for people to
 * read, and at the end reads the app's flight recording for where the rebuild thread spent its
 * time ({@link RebuildProfile}).
 */
final class RebuildWatch {
    private static final long POLL_MILLIS = 500;
    private static final long PRINT_EVERY_NANOS = 10_000_000_000L;

    /**
     * What one rebuild came to. {@code seconds} runs from its start (measured, or worked out from the
     * API's own rate when it began before the watch) until the API said READY; NaN if it was over
     * before the watch began.
     */
    record Result(
            double seconds,
            long documents,
            double apiRate,
            String reason,
            double appCores,
            double databaseCores,
            double otherCores,
            double rebuildThreadOnCpu,
            RebuildProfile.Result profile) {}

    private static final Pattern NATIVE_ID = Pattern.compile("nid=(0x[0-9a-f]+|\\d+)");

    private final ApiClient api;
    private final String adminToken;
    private final PayaraApp app;
    private final String serverUrl;
    private final String database;
    private final Path output;
    private final long dumpEveryNanos;

    /**
     * @param serverUrl a JDBC URL of the PostgreSQL server, to find the database's backends
     * @param output where thread dumps and flight recordings go
     * @param dumpEverySeconds how often to save a thread dump; 0 for never
     */
    RebuildWatch(
            ApiClient api,
            String adminToken,
            PayaraApp app,
            String serverUrl,
            String database,
            Path output,
            int dumpEverySeconds) {
        this.api = api;
        this.adminToken = adminToken;
        this.app = app;
        this.serverUrl = serverUrl;
        this.database = database;
        this.output = output;
        this.dumpEveryNanos = dumpEverySeconds * 1_000_000_000L;
    }

    private JsonObject status() {
        return api.get("api/admin/search", adminToken).expect(200).json();
    }

    /**
     * Follows the running rebuild to its end. {@code startedNanos} is when it was asked for, or -1 when
     * it started by itself before the watch (then the start is worked out from done / rate).
     */
    Result follow(String label, long startedNanos) throws Exception {
        long watchFrom = System.nanoTime();
        Instant wallFrom = Instant.now();
        double appCpuFrom = app.cpuSeconds();
        double dbCpuFrom = databaseCpu();
        double machineFrom = PayaraApp.Cpu.machineSeconds();
        long rebuildThread = -1;
        double threadCpuFrom = 0;
        long threadFrom = 0;
        long started = startedNanos;
        long lastPrint = 0;
        long lastDump = watchFrom;
        int dumps = 0;
        JsonObject status = status();
        JsonObject last = status;
        while ("REBUILDING".equals(status.getString("state"))) {
            long now = System.nanoTime();
            last = status;
            double rate = status.getJsonNumber("perSecond").doubleValue();
            long done = status.getJsonNumber("done").longValue();
            if (started < 0 && done > 0 && rate > 0) {
                started = now - (long) (done / rate * 1e9);
                wallFrom = Instant.now().minusNanos(now - started);
            }
            if (rebuildThread < 0) {
                rebuildThread = rebuildThreadId();
                threadCpuFrom = PayaraApp.Cpu.threadSeconds(app.pid(), rebuildThread);
                threadFrom = System.nanoTime();
            }
            if (now - lastPrint >= PRINT_EVERY_NANOS) {
                lastPrint = now;
                System.out.printf(
                        Locale.ROOT,
                        "[%s] %,d / %,d documents (%d%%), %,.0f documents/s, ETA %d s%n",
                        label,
                        done,
                        status.getJsonNumber("total").longValue(),
                        status.getInt("percent"),
                        rate,
                        status.getJsonNumber("etaSeconds").longValue());
            }
            if (dumpEveryNanos > 0 && now - lastDump >= dumpEveryNanos) {
                lastDump = now;
                Files.writeString(output.resolve(label + "-threads-" + dumps++ + ".txt"), app.jcmd("Thread.print"));
            }
            Thread.sleep(POLL_MILLIS);
            status = status();
        }
        long ended = System.nanoTime();
        double watched = (ended - watchFrom) / 1e9;
        double appCores = (app.cpuSeconds() - appCpuFrom) / watched;
        double databaseCores = (databaseCpu() - dbCpuFrom) / watched;
        double machineCores = (PayaraApp.Cpu.machineSeconds() - machineFrom) / watched;
        double onCpu = rebuildThread < 0
                ? Double.NaN
                : (PayaraApp.Cpu.threadSeconds(app.pid(), rebuildThread) - threadCpuFrom)
                        / ((ended - threadFrom) / 1e9);
        Path recording = output.resolve(label + ".jfr");
        app.jcmd("JFR.dump", "name=" + PayaraApp.RECORDING, "filename=" + recording.toAbsolutePath());
        return new Result(
                started < 0 ? Double.NaN : (ended - started) / 1e9,
                status.getJsonNumber("documents").longValue(),
                last.getJsonNumber("perSecond").doubleValue(),
                status.isNull("reason") ? "" : status.getString("reason"),
                appCores,
                databaseCores,
                Math.max(0, machineCores - appCores - databaseCores),
                onCpu,
                Files.exists(recording) ? RebuildProfile.read(recording, wallFrom, Instant.now()) : null);
    }

    /**
     * The native id of the thread running the rebuild, from a thread dump: /proc then tells exactly
     * how much of the time it was on a CPU (the rest it waited: for the database, a lock, or a core).
     */
    private long rebuildThreadId() throws Exception {
        for (String thread : app.jcmd("Thread.print").split("\n\\s*\n")) {
            if (thread.contains("SearchIndex.runRebuild")) {
                Matcher id = NATIVE_ID.matcher(thread);
                if (id.find()) {
                    return Long.decode(id.group(1));
                }
            }
        }
        return -1;
    }

    /** CPU seconds used so far by the PostgreSQL backends connected to the benchmark database. */
    private double databaseCpu() throws SQLException {
        double seconds = 0;
        try (Connection c = DriverManager.getConnection(serverUrl, "postgres", "");
                PreparedStatement s = c.prepareStatement(
                        "SELECT pid FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    seconds += PayaraApp.Cpu.seconds(rs.getLong(1));
                }
            }
        }
        return seconds;
    }
}
