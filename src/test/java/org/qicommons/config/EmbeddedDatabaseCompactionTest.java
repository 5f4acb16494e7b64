package org.qicommons.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compaction reaches into H2's internals (its MVStore), which no public API exposes; this
 * checks that it still works with the H2 version we build with, on a file grown the way the app
 * grows it: one commit per row with WRITE_DELAY=0.
 */
class EmbeddedDatabaseCompactionTest {
    @TempDir
    Path dir;

    @Test
    void shrinksAFileGrownByOneCommitPerRowToAFractionOfItsSize() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("grown") + ";WRITE_DELAY=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table post (id bigint primary key, author bigint, body varchar(1000))");
                statement.execute("create index post_author_ix on post (author)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into post values (?, ?, ?)")) {
                for (int id = 1; id <= 2_000; id++) {
                    insert.setLong(1, id);
                    insert.setLong(2, id % 40);
                    insert.setString(3, "sixty words or so of a reply ".repeat(12) + id);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            long grown = EmbeddedDatabaseCompaction.compact(connection)[0];
            long compacted = grown;
            for (int run = 0; run < 5; run++) {
                compacted = EmbeddedDatabaseCompaction.compact(connection)[1];
            }

            assertTrue(compacted * 4 < grown, "from " + grown + " bytes to " + compacted);
        }
    }
}
