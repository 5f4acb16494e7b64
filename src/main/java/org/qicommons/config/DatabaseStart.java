package org.qicommons.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The first connection this process opens, with patience and a clear end. Whoever asks first (at
 * deployment that is EclipseLink, before Flyway or any bean of ours runs) waits while the database
 * is not there yet: a PostgreSQL server still starting, or an H2 file still held by an earlier
 * instance that is shutting down. If it is still not there when the time is up, the process stops
 * with one message ({@link StartupFailure}) instead of staying up with the application undeployed.
 *
 * <p>Only the first success counts: once the database has been reached, a later outage is the
 * pool's business (the readiness check reports it), not a reason to stop.
 */
final class DatabaseStart {
    private static final Logger LOG = Logger.getLogger(DatabaseStart.class.getName());
    private static final Duration PAUSE = Duration.ofSeconds(1);
    /** H2's "Database may be already in use": another process holds the file lock. */
    private static final int H2_FILE_LOCKED = 90020;

    private static final Object FIRST = new Object();
    private static volatile boolean reached;

    private DatabaseStart() {}

    /** Opens a connection; until the database has been reached once, retries for {@code timeout}. */
    static Connection open(String url, Duration timeout, Opener opener) throws SQLException {
        if (reached) {
            return opener.open();
        }
        // one thread retries and logs; the pool's other threads wait for its outcome
        synchronized (FIRST) {
            if (reached) {
                return opener.open();
            }
            Connection connection = retry(url, timeout, opener);
            reached = true;
            return connection;
        }
    }

    private static Connection retry(String url, Duration timeout, Opener opener) throws SQLException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return opener.open();
            } catch (SQLException e) {
                long waited = Duration.ofNanos(System.nanoTime() - started).toSeconds();
                if (System.nanoTime() + PAUSE.toNanos() > deadline) {
                    String message = "QI Commons cannot start: the database " + describe(url)
                            + " could not be opened within " + timeout.toSeconds()
                            + " s (QIC_DB_START_TIMEOUT): " + e.getMessage() + hint(url, e);
                    throw StartupFailure.stopProcess(message, e);
                }
                int number = attempt;
                LOG.warning(() -> "The database " + describe(url) + " cannot be opened yet (attempt " + number + ", "
                        + waited + " s of " + timeout.toSeconds() + " s): " + e.getMessage());
                sleep();
            }
        }
    }

    /** The URL without its parameters, which may hold a password. */
    static String describe(String url) {
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return url.substring(0, end);
    }

    private static String hint(String url, SQLException e) {
        if (url.startsWith("jdbc:h2:") && e.getErrorCode() == H2_FILE_LOCKED) {
            return ". Another process holds the database file: is an earlier QI Commons still running"
                    + " (for example one left behind by a killed mvn -Prun)?";
        }
        return "";
    }

    private static void sleep() throws SQLException {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the database", e);
        }
    }

    /** Opens one connection (the driver call). */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }
}
