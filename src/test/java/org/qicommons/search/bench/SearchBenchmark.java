package org.qicommons.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.postgresql.PGConnection;
import org.qicommons.bench.Latencies;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.internal.DocumentBuilder;
import org.qicommons.search.internal.IndexFields;
import org.qicommons.search.internal.LuceneSearcher;
import org.qicommons.search.internal.QiAnalyzer;
import org.qicommons.search.internal.ReadableScope;

/**
 * The search benchmark of issue 3 (run: {@code mvn -Pbenchmark verify}; see docs/benchmarks.md).
 * Builds a forum of {@code bench.posts} posts (default 1,000,000) into a Lucene index with the
 * app's own analyzer and document builder, measures search latency through the app's own
 * {@link LuceneSearcher} (permission filter included) at 1 and 8 concurrent clients, the time from
 * an update to visible-in-search, and then the same queries on PostgreSQL full-text search
 * (tsvector + GIN + ts_rank, as Discourse searches) over the same posts.
 */
public final class SearchBenchmark {
    /** What the benchmark searches for: frequent words and word pairs of the generated text. */
    private static String[] terms;

    private static String[] pairs;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("bench.posts", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 2_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        String pg = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        boolean withPostgres = !Boolean.getBoolean("bench.skipPostgres");
        // reuses the index a previous run built (same bench.posts), to iterate on query speed alone
        boolean reuse = Boolean.getBoolean("bench.reuseIndex");
        Files.createDirectories(dir);
        ForumGenerator forum = new ForumGenerator();
        // many different queries, as on a real forum, so caches cannot answer them all
        terms = forum.frequentWords(0, 300).toArray(String[]::new);
        pairs = forum.frequentPairs(0, 200).toArray(String[]::new);
        // printed as it goes, so a long run shows its figures before it ends
        Map<String, String> report = new LinkedHashMap<>() {
            @Override
            public String put(String key, String value) {
                System.out.println("| " + key + " | " + value + " |");
                return super.put(key, value);
            }
        };
        report.put("posts", String.format(Locale.ROOT, "%,d", posts));
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());

        QiAnalyzer analyzer = new QiAnalyzer(Path.of("config/synonyms.txt"));
        Path indexDir = dir.resolve("index");
        try (FSDirectory directory = FSDirectory.open(indexDir)) {
            boolean build = !(reuse && DirectoryReader.indexExists(directory));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(build ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                if (build) {
                    long started = System.nanoTime();
                    build(forum, posts, writer);
                    writer.commit();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    report.put(
                            "index build",
                            String.format(Locale.ROOT, "%.1f s, %,.0f documents/s", seconds, posts / seconds));
                } else {
                    report.put(
                            "index build",
                            "reused from " + indexDir + " (" + writer.getDocStats().numDocs + " documents)");
                }

                SearcherManager manager = new SearcherManager(writer, null);
                LuceneSearcher searcher = new LuceneSearcher(analyzer);
                ReadableScope scope = memberScope();
                Map<String, Supplier<SearchQuery>> kinds = queryKinds(scope);
                for (int clients : new int[] {1, 8}) {
                    for (Map.Entry<String, Supplier<SearchQuery>> kind : kinds.entrySet()) {
                        Timing timing = run(clients, queries, () -> {
                            IndexSearcher s = manager.acquire();
                            try {
                                searcher.search(s, kind.getValue().get(), scope, Instant.now());
                            } finally {
                                manager.release(s);
                            }
                        });
                        report.put(
                                "Lucene " + kind.getKey() + ", " + clients + " client" + (clients > 1 ? "s" : ""),
                                timing.toString());
                    }
                }
                report.put("update to visible (in-process, p50 / p99)", visibility(writer, manager, searcher, scope));
                manager.close();
            }
        }
        if (withPostgres) {
            postgres(pg, posts, queries, report);
        }
        System.out.println();
        System.out.println("| measure | result |");
        System.out.println("|---|---|");
        report.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
    }

    /** Generates on this thread, indexes on every core. */
    private static void build(ForumGenerator forum, int posts, IndexWriter writer) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        BlockingQueue<SearchDocument> queue = new ArrayBlockingQueue<>(10_000);
        SearchDocument end = new SearchDocument(HitType.MEMBER, -1, null, null, "", "", null, null, null, null, null);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                for (SearchDocument entry = queue.take(); entry != end; entry = queue.take()) {
                    writer.addDocument(DocumentBuilder.build(entry));
                }
                return null;
            }));
        }
        forum.generate(posts, entry -> {
            try {
                queue.put(entry);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < threads; i++) {
            queue.put(end);
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    /** A signed-in member: every public and members-only group, and five private ones. */
    private static ReadableScope memberScope() {
        Map<Long, ReadableScope.GroupLabel> groups = new HashMap<>();
        int privateOnes = 0;
        for (long id = 1; id <= ForumGenerator.GROUPS; id++) {
            if (!ForumGenerator.isPrivate(id) || privateOnes++ < 5) {
                groups.put(id, new ReadableScope.GroupLabel("group-" + id, "Group " + id));
            }
        }
        return new ReadableScope(groups);
    }

    private static Map<String, Supplier<SearchQuery>> queryKinds(ReadableScope scope) {
        Random random = new Random(7);
        Map<String, Supplier<SearchQuery>> kinds = new LinkedHashMap<>();
        kinds.put("term", () -> SearchQuery.of(terms[random.nextInt(terms.length)]));
        kinds.put("two words", () -> SearchQuery.of(pairs[random.nextInt(pairs.length)]));
        kinds.put("phrase", () -> SearchQuery.of("\"" + pairs[random.nextInt(pairs.length)] + "\""));
        // three words or more also run pseudo-relevance feedback: a second ranked pass
        kinds.put(
                "three words",
                () -> SearchQuery.of(pairs[random.nextInt(pairs.length)] + " " + terms[random.nextInt(terms.length)]));
        kinds.put(
                "filtered",
                () -> new SearchQuery(
                        terms[random.nextInt(terms.length)],
                        Set.of(HitType.REPLY),
                        "group-" + (1 + random.nextInt(ForumGenerator.GROUPS / 3) * 3 + 1),
                        null,
                        null,
                        null,
                        0,
                        20));
        return kinds;
    }

    interface Task {
        void run() throws Exception;
    }

    /** Runs {@code total} tasks on {@code clients} threads after a warm-up; returns each task's nanoseconds. */
    /** Each task's nanoseconds, and the queries per second over the whole run. */
    record Timing(long[] latencies, double perSecond) {
        @Override
        public String toString() {
            return Latencies.percentiles(latencies) + String.format(Locale.ROOT, ", %,.0f queries/s", perSecond);
        }
    }

    private static Timing run(int clients, int total, Task task) throws Exception {
        for (int i = 0; i < Math.min(300, total / 2); i++) {
            task.run();
        }
        long[] latencies = new long[total];
        long begun = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                for (int i = client; i < total; i += clients) {
                    long started = System.nanoTime();
                    task.run();
                    latencies[i] = System.nanoTime() - started;
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return new Timing(latencies, total / ((System.nanoTime() - begun) / 1e9));
    }

    /** An update, then a near-real-time refresh, until another searcher finds it. */
    private static String visibility(
            IndexWriter writer, SearcherManager manager, LuceneSearcher searcher, ReadableScope scope)
            throws Exception {
        long[] latencies = new long[200];
        for (int i = 0; i < latencies.length; i++) {
            String word = "zqvisible" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
            SearchDocument entry = new SearchDocument(
                    HitType.REPLY,
                    5_000_000L + i,
                    1L,
                    1L,
                    "Visibility",
                    "Posted " + word,
                    1L,
                    "Member 1",
                    "Organisation 1",
                    "NHS_TRUST",
                    Instant.now());
            long started = System.nanoTime();
            Document document = DocumentBuilder.build(entry);
            writer.updateDocument(new Term(IndexFields.KEY, entry.key()), document);
            manager.maybeRefreshBlocking();
            IndexSearcher s = manager.acquire();
            try {
                if (searcher.search(s, SearchQuery.of(word), scope, Instant.now())
                                .total()
                        != 1) {
                    throw new IllegalStateException("not visible after refresh: " + word);
                }
            } finally {
                manager.release(s);
            }
            latencies[i] = System.nanoTime() - started;
        }
        return Latencies.percentiles(latencies);
    }

    /** The same posts and queries on PostgreSQL full-text search. */
    private static void postgres(String url, int posts, int queries, Map<String, String> report) throws Exception {
        ForumGenerator forum = new ForumGenerator();
        try (Connection admin = DriverManager.getConnection(url);
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS qicommons_bench");
            s.execute("CREATE DATABASE qicommons_bench");
        }
        String benchUrl = url.replace("/postgres", "/qicommons_bench");
        try (Connection c = DriverManager.getConnection(benchUrl);
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE post (id bigint PRIMARY KEY, type text, group_id bigint, title text, body text,"
                            + " tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || body)) STORED)");
            long started = System.nanoTime();
            StringBuilder rows = new StringBuilder();
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            int[] count = {0};
            forum.generate(posts, entry -> {
                rows.append(entry.id())
                        .append('\t')
                        .append(entry.type())
                        .append('\t')
                        .append(entry.groupId())
                        .append('\t')
                        .append(clean(entry.title()))
                        .append('\t')
                        .append(clean(entry.body()))
                        .append('\n');
                if (++count[0] % 20_000 == 0) {
                    flush(copy, rows);
                }
            });
            flush(copy, rows);
            double load = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            s.execute("CREATE INDEX post_tsv ON post USING gin (tsv)");
            s.execute("CREATE INDEX post_group ON post (group_id)");
            s.execute("ANALYZE post");
            double index = (System.nanoTime() - started) / 1e9;
            report.put(
                    "PostgreSQL load + GIN build",
                    String.format(
                            Locale.ROOT,
                            "%.1f s + %.1f s (%,.0f posts/s in all)",
                            load,
                            index,
                            posts / (load + index)));
        }
        Long[] readable = memberScope().readableGroups().keySet().toArray(Long[]::new);
        Random random = new Random(7);
        Map<String, String> sql = new LinkedHashMap<>();
        String ranked = "SELECT id, ts_rank(tsv, q) AS rank FROM post, %s q WHERE tsv @@ q AND group_id = ANY(?)%s"
                + " ORDER BY rank DESC LIMIT 20";
        sql.put("term", String.format(ranked, "plainto_tsquery('english', ?)", ""));
        sql.put("two words", String.format(ranked, "plainto_tsquery('english', ?)", ""));
        sql.put("phrase", String.format(ranked, "phraseto_tsquery('english', ?)", ""));
        sql.put(
                "filtered",
                String.format(ranked, "plainto_tsquery('english', ?)", " AND type = 'REPLY' AND group_id = ?"));
        String count =
                "SELECT count(*) FROM post, plainto_tsquery('english', ?) q WHERE tsv @@ q AND group_id = ANY(?)";
        for (int clients : new int[] {1, 8}) {
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                connections.add(DriverManager.getConnection(benchUrl));
            }
            ThreadLocal<Connection> mine = new ThreadLocal<>();
            int[] next = {0};
            for (Map.Entry<String, String> kind : sql.entrySet()) {
                Timing timing = run(clients, Integer.getInteger("bench.pgQueries", 100), () -> {
                    Connection c = mine.get();
                    if (c == null) {
                        synchronized (next) {
                            c = connections.get(next[0]++ % connections.size());
                        }
                        mine.set(c);
                    }
                    String words = kind.getKey().equals("term") || kind.getKey().equals("filtered")
                            ? terms[random.nextInt(terms.length)]
                            : pairs[random.nextInt(pairs.length)];
                    // like the Lucene side, a search answers a page of hits and the total
                    try (PreparedStatement page = c.prepareStatement(kind.getValue());
                            PreparedStatement total = c.prepareStatement(count)) {
                        page.setString(1, words);
                        page.setArray(2, c.createArrayOf("bigint", readable));
                        if (kind.getKey().equals("filtered")) {
                            page.setLong(3, 1 + random.nextInt(ForumGenerator.GROUPS / 3) * 3 + 1);
                        }
                        try (ResultSet rs = page.executeQuery()) {
                            while (rs.next()) {
                                rs.getLong(1);
                            }
                        }
                        total.setString(1, words);
                        total.setArray(2, c.createArrayOf("bigint", readable));
                        try (ResultSet rs = total.executeQuery()) {
                            rs.next();
                        }
                    }
                });
                report.put(
                        "PostgreSQL " + kind.getKey() + ", " + clients + " client" + (clients > 1 ? "s" : ""),
                        timing.toString());
            }
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static void flush(org.postgresql.copy.CopyManager copy, StringBuilder rows) {
        try {
            copy.copyIn(
                    "COPY post (id, type, group_id, title, body) FROM STDIN",
                    new java.io.StringReader(rows.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        rows.setLength(0);
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace("\\", "\\\\");
    }
}
