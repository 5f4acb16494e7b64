package org.qicommons.config;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Keeps the embedded H2 file about the size of its content. Why this is needed: the URL's
 * {@code WRITE_DELAY=0} (every commit on file before it returns, see {@link ConfiguredDataSource})
 * also switches off H2's background writer, and that thread is what compacts the file. Each
 * commit writes a new chunk holding the pages it changed; a chunk with even one page still live
 * stays in the file, and dead chunks are kept for 45 s, so without compaction the file grew by
 * 25-30 KB per post (617 MB for 20,000 posts whose content takes 11 MB; docs/operations.md).
 * Compacting every two seconds does what the background writer would have done; it also shrinks
 * a file that grew before this existed, within a few runs.
 */
@Singleton
public class EmbeddedDatabaseCompaction {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseCompaction.class.getName());
    /** How long one run may rewrite chunks: H2's own default (MAX_COMPACT_TIME) at close. */
    static final int MAX_COMPACT_MILLIS = 200;
    /** A run that shrank the file by more than this is worth a line in the log. */
    private static final long NOTEWORTHY_BYTES = 10_000_000;

    private final boolean embedded = ConfiguredDataSource.jdbcUrl(
                    ConfigProvider.getConfig(EmbeddedDatabaseCompaction.class.getClassLoader()))
            .startsWith("jdbc:h2:file:");

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void compact() {
        if (!embedded) {
            return;
        }
        // A connection of our own rather than one from the pool: the pool's wrapper cannot unwrap
        // to H2's connection class. It joins the database already open in this process.
        try (Connection connection = new ConfiguredDataSource().getConnection()) {
            long[] sizes = compact(connection);
            if (sizes[0] - sizes[1] > NOTEWORTHY_BYTES) {
                LOG.info(() -> "Compacted the embedded database file from " + sizes[0] / 1_000_000 + " MB to "
                        + sizes[1] / 1_000_000 + " MB");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not compact the embedded database file", e);
        }
    }

    /**
     * Compacts the file of the H2 database behind {@code connection}: rewrites the live pages of
     * sparse chunks for at most {@link #MAX_COMPACT_MILLIS} and moves chunks to the front.
     * Returns the file size before and after.
     */
    static long[] compact(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) ((JdbcConnection) connection).getSession();
        MVStore store = session.getDatabase().getStore().getMvStore();
        long before = store.getFileStore().size();
        // compactFile (meant for closing) sets the retention time to 0 so that it may overwrite the
        // chunks it emptied at once; afterwards old chunks are kept again for the usual 45 s, which
        // H2 counts on for a file the operating system has not flushed yet (a power cut)
        int retention = store.getRetentionTime();
        try {
            store.compactFile(MAX_COMPACT_MILLIS);
        } finally {
            store.setRetentionTime(retention);
        }
        return new long[] {before, store.getFileStore().size()};
    }
}
