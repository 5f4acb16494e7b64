package org.qicommons.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot be opened makes the start fail, loudly: the packaged app (Payara Micro and
 * the WAR, started as {@code mvn -Prun} starts them) retries for QIC_DB_START_TIMEOUT, then exits
 * with status 1 and says why, instead of staying up with nothing deployed. Not Arquillian: the
 * process under test has to die.
 */
class DatabaseStartFailureIT {
    /** Payara's own start takes 10-20 s on 2 busy cores; the bound only catches a process that stays up. */
    private static final long EXIT_WITHIN_SECONDS = 240;

    @TempDir
    Path dir;

    @Test
    void anH2FileHeldByAnotherProcessStopsTheStartWithTheReason() throws Exception {
        Path dataDir = dir.resolve("data");
        String url =
                "jdbc:h2:file:" + dataDir.resolve("db").resolve("qicommons").toAbsolutePath() + ";WRITE_DELAY=0";
        // this test's JVM holds the file, as an earlier instance left running would
        try (Connection holder = DriverManager.getConnection(url, "sa", "")) {
            Result result = start(Map.of("QIC_DATA_DIR", dataDir.toString()));

            assertEquals(StartupFailure.STATUS, result.status(), result.output());
            assertTrue(result.output().contains("cannot be opened yet (attempt 1"), result.output());
            assertTrue(
                    result.output().contains("QI Commons cannot start: the database jdbc:h2:file:"), result.output());
            assertTrue(result.output().contains("Another process holds the database file"), result.output());
        }
    }

    @Test
    void aMissingPostgresqlDatabaseStopsTheStartWithTheReason() throws Exception {
        // refused or "does not exist", whether or not a server runs here: either way it cannot open
        Result result = start(Map.of(
                "QIC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/qicommons_no_such_database",
                "QIC_DB_USER", "postgres"));

        assertEquals(StartupFailure.STATUS, result.status(), result.output());
        assertTrue(
                result.output()
                        .contains("QI Commons cannot start: the database"
                                + " jdbc:postgresql://127.0.0.1:5432/qicommons_no_such_database could not be opened"
                                + " within 2 s"),
                result.output());
    }

    /** Starts the packaged app with only these QIC_* settings and waits for it to end. */
    private Result start(Map<String, String> settings) throws IOException, InterruptedException {
        Path log = dir.resolve("payara.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        System.getProperty("payara.microJar", "target/payara-micro.jar"),
                        "--nocluster",
                        "--rootdir",
                        dir.resolve("payara-root").toString(),
                        "--contextroot",
                        "/",
                        "--deploy",
                        System.getProperty("qic.war", "target/qicommons.war"),
                        "--port",
                        "8391"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QIC_"));
        builder.environment().putAll(settings);
        builder.environment().put("QIC_DB_START_TIMEOUT", "2");
        builder.environment().put("QIC_SAMPLE_DATA", "false");
        Process process = builder.start();
        try {
            boolean ended = process.waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.ISO_8859_1);
            assertTrue(ended, "still running after " + EXIT_WITHIN_SECONDS + " s:\n" + output);
            return new Result(process.exitValue(), output);
        } finally {
            process.destroyForcibly();
        }
    }

    private record Result(int status, String output) {}
}
