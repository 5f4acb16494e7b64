package org.qicommons.search.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.qicommons.discussion.ThreadPath;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;

/**
 * Fills a fresh PostgreSQL database with the generated forum, as rows of the app's own schema
 * (migrated by Flyway from the app's scripts): organisations of every type, the generated authors
 * plus three accounts the benchmark signs in as, 200 groups (a third private) with memberships, and
 * the discussions and posts. COPY, not JPA: at a million posts only COPY loads in minutes. No
 * change-log rows: a rebuild reads the tables, and the log is for changes made after the index.
 */
final class ForumLoader {
    /** The benchmark's own accounts, after the generated authors (ids 1 to AUTHORS). */
    static final long ADMIN = ForumGenerator.AUTHORS + 1L;

    static final long AUTHOR = ForumGenerator.AUTHORS + 2L;
    static final long READER = ForumGenerator.AUTHORS + 3L;
    static final int MEMBERSHIPS_PER_MEMBER = 5;
    static final int READER_PRIVATE_GROUPS = 10;
    private static final int MAX_TITLE = 300;
    private static final Instant FOUNDED = Instant.parse("2023-06-01T00:00:00Z");
    private static final String[] REGIONS = {
        "London", "North East and Yorkshire", "North West", "Midlands", "East of England", "South East", "South West"
    };
    /** Tables whose secondary indexes and constraints are built after the load, as pg_restore does. */
    private static final List<String> BULK_TABLES = List.of("discussion", "post");

    private final Random random = new Random(20261127);

    private ForumLoader() {}

    static String email(long memberId) {
        if (memberId == ADMIN) {
            return "bench-admin@qicommons.test";
        }
        if (memberId == AUTHOR) {
            return "bench-author@qicommons.test";
        }
        if (memberId == READER) {
            return "bench-reader@qicommons.test";
        }
        return "member-" + memberId + "@qicommons.test";
    }

    static String groupSlug(long groupId) {
        return "group-" + groupId;
    }

    static String visibility(long groupId) {
        if (ForumGenerator.isPrivate(groupId)) {
            return "PRIVATE";
        }
        return groupId % 3 == 1 ? "PUBLIC" : "MEMBERS";
    }

    /**
     * Drops and recreates {@code database} on the server, migrates it and loads {@code posts} posts.
     * {@code passwordHash} is stored for every member: one PBKDF2 hash, computed once.
     */
    static void load(String server, String database, ForumGenerator forum, int posts, String passwordHash)
            throws SQLException, IOException {
        recreate(server, database);
        String url = server + database;
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            new ForumLoader().fill(c, forum, posts, passwordHash);
        }
    }

    private static void recreate(String server, String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement s = admin.createStatement()) {
            // FORCE: a Payara left running by an interrupted run would otherwise hold connections
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    private void fill(Connection c, ForumGenerator forum, int posts, String passwordHash)
            throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            // a crash mid-load means loading again anyway
            s.execute("SET synchronous_commit = off");
        }
        copy(c, "organisation (id, name, name_key, type, region, created_at)", organisations());
        copy(
                c,
                "member (id, email, display_name, password_hash, organisation_id, job_title, bio, created_at, version)",
                members(passwordHash));
        copy(c, "qi_group (id, slug, name, description, visibility, join_policy, created_at, version)", groups());
        copy(c, "group_membership (id, group_id, member_id, role, status, created_at)", memberships());
        List<String> deferred = new ArrayList<>();
        for (String table : BULK_TABLES) {
            deferred.addAll(dropSecondary(c, table));
        }
        copyThreads(c, forum, posts);
        try (Statement s = c.createStatement()) {
            for (String ddl : deferred) {
                s.execute(ddl);
            }
            for (String table :
                    List.of("organisation", "member", "qi_group", "group_membership", "discussion", "post")) {
                // so the app's next id is past the loaded ones (EclipseLink takes blocks of 50)
                s.execute("SELECT setval('" + table + "_seq', (SELECT coalesce(max(id), 0) + 100 FROM " + table + "))");
            }
            // a database that has been running has statistics and a visibility map; give it both
            s.execute("VACUUM (ANALYZE)");
        }
    }

    /** What the benchmark needs to know about a loaded forum. */
    record Facts(long posts, long discussions, long publicDiscussion, List<String> readerGroups) {}

    /**
     * Counts, a public discussion of a few posts for the author to reply to, and the groups the reader
     * may read (public, members-only and its private ones).
     */
    static Facts facts(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            long posts = single(s, "SELECT count(*) FROM post");
            long discussions = single(s, "SELECT count(*) FROM discussion");
            long target = single(
                    s,
                    "SELECT min(d.id) FROM discussion d JOIN qi_group g ON g.id = d.group_id"
                            + " WHERE g.visibility = 'PUBLIC' AND d.post_count BETWEEN 2 AND 50");
            List<String> readable = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT slug FROM qi_group g WHERE g.visibility <> 'PRIVATE'"
                    + " OR g.id IN (SELECT group_id FROM group_membership WHERE member_id = " + READER + ")"
                    + " ORDER BY g.id")) {
                while (rs.next()) {
                    readable.add(rs.getString(1));
                }
            }
            return new Facts(posts, discussions, target, List.copyOf(readable));
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- small tables, each one COPY ----

    private static String organisations() {
        StringBuilder rows = new StringBuilder();
        for (int o = 0; o < ForumGenerator.ORGANISATIONS; o++) {
            String name = ForumGenerator.organisationName(o);
            row(
                    rows,
                    o + 1,
                    name,
                    name.toLowerCase(Locale.ROOT),
                    ForumGenerator.organisationType(o).name(),
                    REGIONS[o % REGIONS.length],
                    FOUNDED);
        }
        return rows.toString();
    }

    private static String members(String passwordHash) {
        StringBuilder rows = new StringBuilder();
        for (long m = 1; m <= ForumGenerator.AUTHORS; m++) {
            int organisation = ForumGenerator.organisationOf(m);
            String jobTitle = m % 4 == 0 ? null : "Improvement lead";
            row(
                    rows,
                    m,
                    email(m),
                    ForumGenerator.authorName(m),
                    passwordHash,
                    organisation + 1,
                    jobTitle,
                    null,
                    FOUNDED.plusSeconds(m * 60),
                    1);
        }
        row(rows, ADMIN, email(ADMIN), "Bench Admin", passwordHash, 1, null, null, FOUNDED, 1);
        row(rows, AUTHOR, email(AUTHOR), "Bench Author", passwordHash, 2, null, null, FOUNDED, 1);
        row(rows, READER, email(READER), "Bench Reader", passwordHash, 3, null, null, FOUNDED, 1);
        return rows.toString();
    }

    private static String groups() {
        StringBuilder rows = new StringBuilder();
        for (long g = 1; g <= ForumGenerator.GROUPS; g++) {
            String visibility = visibility(g);
            String joinPolicy = switch (visibility) {
                case "PUBLIC" -> "OPEN";
                case "MEMBERS" -> "REQUEST";
                default -> "INVITE";
            };
            row(
                    rows,
                    g,
                    groupSlug(g),
                    "Group " + g,
                    "A benchmark group (" + visibility.toLowerCase(Locale.ROOT) + ")",
                    visibility,
                    joinPolicy,
                    FOUNDED,
                    1);
        }
        return rows.toString();
    }

    /**
     * Every generated member belongs to a few random groups; the author belongs to every public group
     * (so it may reply anywhere public) and the reader to several private ones (so its searches
     * carry a realistic permission filter).
     */
    private String memberships() {
        StringBuilder rows = new StringBuilder();
        long id = 1;
        for (long m = 1; m <= ForumGenerator.AUTHORS; m++) {
            Set<Long> groups = new LinkedHashSet<>();
            while (groups.size() < MEMBERSHIPS_PER_MEMBER) {
                groups.add(1L + random.nextInt(ForumGenerator.GROUPS));
            }
            for (long g : groups) {
                row(rows, id++, g, m, "MEMBER", "ACTIVE", FOUNDED);
            }
        }
        int readerPrivate = 0;
        for (long g = 1; g <= ForumGenerator.GROUPS; g++) {
            if (visibility(g).equals("PUBLIC")) {
                row(rows, id++, g, AUTHOR, "MEMBER", "ACTIVE", FOUNDED);
            }
            if (ForumGenerator.isPrivate(g) && readerPrivate++ < READER_PRIVATE_GROUPS) {
                row(rows, id++, g, READER, "MEMBER", "ACTIVE", FOUNDED);
            }
        }
        return rows.toString();
    }

    // ---- discussions and posts ----

    /**
     * Posts stream out in one COPY as they are generated; discussions (a few per cent of the rows)
     * are kept until their thread ends, since their counts depend on it, and copied afterwards.
     */
    private void copyThreads(Connection c, ForumGenerator forum, int posts) throws SQLException, IOException {
        StringBuilder discussions = new StringBuilder();
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(
                        new PGCopyOutputStream(
                                c.unwrap(PGConnection.class),
                                "COPY post (id, discussion_id, post_number, reply_to_id, thread_path, depth,"
                                        + " author_id, body, created_at, version) FROM STDIN",
                                1 << 20),
                        StandardCharsets.UTF_8),
                1 << 20)) {
            Threads threads = new Threads(out, discussions);
            forum.generate(posts, threads);
            threads.finish();
        }
        copy(
                c,
                "discussion (id, group_id, author_id, title, created_at, last_activity_at, post_count,"
                        + " next_post_number, version)",
                discussions.toString());
    }

    /** Turns the generated entries into thread-shaped rows: each reply answers the opening post or an earlier reply. */
    private final class Threads implements Consumer<SearchDocument> {
        private final Writer posts;
        private final StringBuilder discussions;
        private final List<Long> ids = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();
        private SearchDocument opening;
        private Instant lastActivity;

        Threads(Writer posts, StringBuilder discussions) {
            this.posts = posts;
            this.discussions = discussions;
        }

        @Override
        public void accept(SearchDocument entry) {
            Long replyTo = null;
            String path;
            if (entry.type() == HitType.DISCUSSION) {
                finish();
                opening = entry;
                ids.clear();
                paths.clear();
                path = ThreadPath.root(1);
            } else {
                // most replies answer the opening post; the rest nest under an earlier reply
                int parent = ids.size() == 1 || random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(ids.size() - 1);
                replyTo = ids.get(parent);
                path = ThreadPath.child(paths.get(parent), ids.size() + 1);
            }
            ids.add(entry.id());
            paths.add(path);
            lastActivity = entry.createdAt();
            StringBuilder row = new StringBuilder(entry.body().length() + 120);
            row(
                    row,
                    entry.id(),
                    opening.id(),
                    ids.size(),
                    replyTo,
                    path,
                    ThreadPath.depth(path),
                    entry.authorId(),
                    entry.body(),
                    entry.createdAt(),
                    1);
            try {
                posts.append(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes the discussion whose thread just ended, now that its size is known. */
        void finish() {
            if (opening == null) {
                return;
            }
            String title = opening.title();
            if (title.length() > MAX_TITLE) {
                int cut = title.lastIndexOf(' ', MAX_TITLE - 2);
                title = title.substring(0, cut > 0 ? cut : MAX_TITLE - 1) + "…";
            }
            row(
                    discussions,
                    opening.id(),
                    opening.groupId(),
                    opening.authorId(),
                    title,
                    opening.createdAt(),
                    lastActivity,
                    ids.size(),
                    ids.size() + 1,
                    1);
            opening = null;
        }
    }

    // ---- PostgreSQL helpers ----

    /**
     * Drops the table's foreign keys, unique constraints and non-key indexes; returns the statements
     * that put them back exactly (from the catalogue, so they follow the migrations). Checking three
     * foreign keys row by row would cost more than the COPY itself.
     */
    private static List<String> dropSecondary(Connection c, String table) throws SQLException {
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT i.indexrelid::regclass, pg_get_indexdef(i.indexrelid)"
                    + " FROM pg_index i WHERE i.indrelid = '" + table + "'::regclass AND NOT i.indisprimary"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")) {
                while (rs.next()) {
                    drop.add("DROP INDEX " + rs.getString(1));
                    restore.add(rs.getString(2));
                }
            }
            // unique constraints before foreign keys, on the way back
            try (ResultSet rs = s.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conrelid = '" + table + "'::regclass AND contype IN ('u', 'f') ORDER BY contype DESC")) {
                while (rs.next()) {
                    drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1));
                    restore.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            for (String ddl : drop) {
                s.execute(ddl);
            }
        }
        return restore;
    }

    private static void copy(Connection c, String target, String rows) throws SQLException, IOException {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN", new StringReader(rows));
    }

    /** Appends one row in COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else {
                escape(out, value.toString());
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
