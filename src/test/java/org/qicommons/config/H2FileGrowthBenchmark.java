package org.qicommons.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Comparator;
import java.util.Random;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * How big the embedded database file grows (docs/benchmarks.md, "Embedded database file size"):
 * writes {@code bench.posts} posts into an H2 file with the app's schema and URL, one commit per
 * post as the API does (discussions of an opening post and 20 replies, ~60 words each, with the
 * discussion's counters and a change-log row), first with nothing compacting the file (as before
 * {@link EmbeddedDatabaseCompaction}), then compacting it every two seconds as the app now does.
 * Run with {@code mvn -Pbenchmark verify -Dbench.main=org.qicommons.config.H2FileGrowthBenchmark
 * -Dbench.posts=20000}; files under {@code target/h2-growth}.
 */
public final class H2FileGrowthBenchmark {
    private static final long COMPACT_EVERY_NANOS = Long.getLong("bench.compactMillis", 2_000L) * 1_000_000L;
    /**
     * Commits a second (0: as fast as the machine goes). 250 by default, about what replies through
     * the API reach with 4 clients (issue 7), because growth between two compactions depends on it.
     */
    private static final int RATE = Integer.getInteger("bench.rate", 250);

    private static final int REPLIES = 20;

    private final Path file;
    private final String url;
    private final Random random = new Random(1);
    private final String[] words = new String[3_000];

    private H2FileGrowthBenchmark(Path dir) {
        this.file = dir.resolve("qicommons.mv.db");
        this.url = "jdbc:h2:file:" + dir.resolve("qicommons").toAbsolutePath() + ";WRITE_DELAY=0";
        for (int i = 0; i < words.length; i++) {
            StringBuilder word = new StringBuilder();
            for (int length = 3 + random.nextInt(8); word.length() < length; ) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("bench.posts", 20_000);
        Path root = Path.of("target", "h2-growth");
        deleteTree(root);
        var before = new H2FileGrowthBenchmark(root.resolve("uncompacted"));
        System.out.printf(
                "%,d posts, one commit each, WRITE_DELAY=0, %s%n",
                posts, RATE > 0 ? RATE + " commits a second" : "as fast as they go");
        before.write(posts, false);
        before.compactAsTheAppWould();
        before.shutdownCompact();
        new H2FileGrowthBenchmark(root.resolve("compacted")).write(posts, true);
    }

    private void write(int posts, boolean compactOften) throws SQLException, IOException {
        String label = compactOften ? "compacted every " + COMPACT_EVERY_NANOS / 1_000_000 + " ms" : "never compacted";
        long started = System.nanoTime();
        long largest = 0;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            createForum(connection);
            connection.setAutoCommit(false);
            long nextCompaction = System.nanoTime() + COMPACT_EVERY_NANOS;
            for (int post = 1; post <= posts; post++) {
                writePost(connection, post);
                connection.commit();
                pace(started, post);
                if (compactOften && System.nanoTime() > nextCompaction) {
                    EmbeddedDatabaseCompaction.compact(connection);
                    nextCompaction = System.nanoTime() + COMPACT_EVERY_NANOS;
                }
                largest = Math.max(largest, Files.size(file));
                if (post % 5_000 == 0) {
                    System.out.printf("%s: %,d posts, %s%n", label, post, megabytes(Files.size(file)));
                }
            }
            System.out.printf(
                    "%s: %,d posts in %.1f s; file %s, at most %s%n",
                    label, posts, (System.nanoTime() - started) / 1e9, megabytes(Files.size(file)), megabytes(largest));
        }
        System.out.printf("%s: after the last connection closed, %s%n", label, megabytes(Files.size(file)));
    }

    /** What the app's compaction does to a file that grew before it existed: a few runs. */
    private void compactAsTheAppWould() throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            for (int run = 1; run <= 5; run++) {
                long started = System.nanoTime();
                EmbeddedDatabaseCompaction.compact(connection);
                System.out.printf(
                        "  compaction run %d: %s (%.0f ms)%n",
                        run, megabytes(Files.size(file)), (System.nanoTime() - started) / 1e6);
            }
        }
    }

    /** The maintenance command in docs/benchmarks.md, for comparison: a full rewrite. */
    private void shutdownCompact() throws SQLException, IOException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        System.out.printf(
                "  SHUTDOWN COMPACT: %s (%.1f s)%n", megabytes(Files.size(file)), (System.nanoTime() - started) / 1e9);
    }

    /** The schema from the app's migrations, one organisation, 40 members and 20 groups. */
    private static void createForum(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String script : new String[] {"V1__core_forum.sql", "V2__search_index.sql"}) {
                Path path =
                        Path.of("target", "classes", "db", "migration", script).toAbsolutePath();
                statement.execute("RUNSCRIPT FROM '" + path + "'");
            }
            statement.execute(
                    "insert into organisation values (1, 'Org', 'org', 'NHS_TRUST', null, current_timestamp)");
            for (int member = 1; member <= 40; member++) {
                statement.execute("insert into member values (" + member + ", 'm" + member + "@example.org', 'M"
                        + member + "', 'hash', 1, null, null, current_timestamp, 1)");
            }
            for (int group = 1; group <= 20; group++) {
                statement.execute("insert into qi_group values (" + group + ", 'g" + group + "', 'G" + group
                        + "', null, 'PUBLIC', 'OPEN', current_timestamp, 1)");
            }
        }
    }

    /** Post number {@code post} (from 1): every 21st opens a discussion, the others reply to it. */
    private void writePost(Connection connection, int post) throws SQLException {
        long discussion = (post - 1) / (REPLIES + 1) + 1;
        int number = (post - 1) % (REPLIES + 1) + 1;
        long opening = (discussion - 1) * (REPLIES + 1) + 1;
        if (number == 1) {
            execute(
                    connection,
                    "insert into discussion (id, group_id, author_id, title, created_at, last_activity_at,"
                            + " post_count, next_post_number, version)"
                            + " values (?, ?, ?, ?, current_timestamp, current_timestamp, 1, 2, 1)",
                    discussion,
                    1 + discussion % 20,
                    1 + random.nextInt(40),
                    "Discussion " + discussion);
        } else {
            execute(
                    connection,
                    "update discussion set post_count = post_count + 1, next_post_number = next_post_number + 1,"
                            + " last_activity_at = current_timestamp, version = version + 1 where id = ?",
                    discussion);
        }
        execute(
                connection,
                "insert into post (id, discussion_id, post_number, reply_to_id, thread_path, depth, author_id,"
                        + " body, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, 1)",
                (long) post,
                discussion,
                number,
                number == 1 ? null : opening,
                number == 1 ? "0001" : "0001%04d".formatted(number),
                number == 1 ? 0 : 1,
                1 + random.nextInt(40),
                body());
        execute(
                connection,
                "insert into change_log (entity_type, entity_id, operation, changed_at)"
                        + " values ('POST', ?, 'CREATED', current_timestamp)",
                (long) post);
    }

    private String body() {
        StringJoiner body = new StringJoiner(" ");
        for (int word = 0; word < 60; word++) {
            body.add(words[random.nextInt(words.length)]);
        }
        return body.toString();
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, Types.BIGINT);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            statement.executeUpdate();
        }
    }

    private static void pace(long started, int commits) {
        if (RATE > 0) {
            long due = started + commits * 1_000_000_000L / RATE;
            long early = due - System.nanoTime();
            if (early > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(early);
            }
        }
    }

    private static String megabytes(long bytes) {
        return "%.1f MB".formatted(bytes / 1e6);
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
