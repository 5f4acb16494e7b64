package org.qicommons.search.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.qicommons.bench.Latencies;
import org.qicommons.bench.PayaraApp;
import org.qicommons.security.PasswordHasher;
import org.qicommons.testing.ApiClient;

/**
 * The search benchmark through the running app (see docs/benchmarks.md). Run with
 * {@code mvn -Pbenchmark verify -Dbench.main=org.qicommons.search.bench.AppBenchmark}
 * ({@code -Dbench.posts=50000} for a quick check). It
 * <ol>
 * <li>drops and recreates the PostgreSQL database {@code qicommons_bench_app} on 127.0.0.1:5432,
 * migrates it with the app's Flyway scripts and loads the generated forum of {@code bench.posts}
 * posts by COPY (the database is left behind, and recreated by the next run);</li>
 * <li>starts Payara Micro with the packaged WAR on that database and a fresh data directory, so the
 * app finds no index and rebuilds it from the database; follows the rebuild through the admin API
 * (and a second one it asks for, with {@code -Dbench.rebuildTwice=true}, after JIT warm-up);</li>
 * <li>measures post-to-visible: one member replies through the REST API, another polls the search
 * API until the reply's unique word is found; then the author's own read-your-writes; then search
 * API latencies as a member at this size;</li>
 * <li>prints a table of the figures, and stops the app.</li>
 * </ol>
 * {@code -Dbench.reuseDatabase=true} skips the load (the database of the last run, same size), and
 * with {@code -Dbench.reuseIndex=true} also the rebuild (the index of the last run): for measuring
 * the rest again quickly. Diagnostics (thread dumps, flight recordings, each post's latency) go to
 * {@code target/bench-app/diagnostics}.
 */
public final class AppBenchmark {
    private static final String DATABASE = "qicommons_bench_app";
    private static final String PASSWORD = "bench-password-for-all";
    private static final Pattern REBUILT = Pattern.compile("Search index rebuilt: [^\\n]*");

    private AppBenchmark() {}

    /** The run's settings, from -Dbench.* properties. */
    record Settings(
            int posts,
            Path dir,
            String server,
            int port,
            String heap,
            boolean rebuildTwice,
            int visibilityPosts,
            int searches,
            boolean reuseDatabase,
            boolean reuseIndex,
            int dumpEverySeconds) {
        static Settings fromProperties() {
            return new Settings(
                    Integer.getInteger("bench.posts", 1_000_000),
                    Path.of(System.getProperty("bench.appDir", "target/bench-app")),
                    System.getProperty("bench.pgServer", "jdbc:postgresql://127.0.0.1:5432/"),
                    Integer.getInteger("bench.port", 8190),
                    System.getProperty("bench.appHeap", "2g"),
                    Boolean.getBoolean("bench.rebuildTwice"),
                    Integer.getInteger("bench.visibilityPosts", 100),
                    Integer.getInteger("bench.searches", 200),
                    Boolean.getBoolean("bench.reuseDatabase"),
                    Boolean.getBoolean("bench.reuseIndex"),
                    Integer.getInteger("bench.dumpEvery", 30));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromProperties();
        Map<String, String> report = printingReport();
        report.put("posts", String.format(Locale.ROOT, "%,d", settings.posts()));
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        Files.createDirectories(settings.dir());

        String databaseUrl = settings.server() + DATABASE;
        if (!settings.reuseDatabase()) {
            load(settings, report);
        }
        ForumLoader.Facts facts = ForumLoader.facts(databaseUrl);
        report.put(
                "database",
                String.format(
                        Locale.ROOT,
                        "%,d posts in %,d discussions, %,d members, %d groups",
                        facts.posts(),
                        facts.discussions(),
                        ForumGenerator.AUTHORS + 3,
                        ForumGenerator.GROUPS));

        Path data = settings.dir().resolve("data").toAbsolutePath();
        if (!settings.reuseIndex()) {
            // no index: the app rebuilds it from the database as it starts
            PayaraApp.deleteTree(data);
        }
        Path diagnostics = settings.dir().resolve("diagnostics");
        PayaraApp.deleteTree(diagnostics);
        Files.createDirectories(diagnostics);
        Path log = settings.dir().resolve("payara.log").toAbsolutePath();
        long boot = System.nanoTime();
        try (PayaraApp app = PayaraApp.start(
                Path.of("target/payara-micro.jar").toAbsolutePath(),
                Path.of("target/qicommons.war").toAbsolutePath(),
                settings.port(),
                settings.heap(),
                PayaraApp.flightRecording(log),
                appEnvironment(settings, databaseUrl, data),
                log)) {
            String base = "http://127.0.0.1:" + settings.port() + "/";
            app.awaitReady(URI.create(base + "api/search?q=ready"), Duration.ofMinutes(5));
            report.put(
                    "app start (process start to API answering)",
                    String.format(Locale.ROOT, "%.1f s, pid %d, -Xmx%s", seconds(boot), app.pid(), settings.heap()));
            ApiClient api = new ApiClient(URI.create(base).toURL());
            String admin = api.token(ForumLoader.email(ForumLoader.ADMIN), PASSWORD);
            String author = api.token(ForumLoader.email(ForumLoader.AUTHOR), PASSWORD);
            String reader = api.token(ForumLoader.email(ForumLoader.READER), PASSWORD);

            RebuildWatch watch = new RebuildWatch(
                    api,
                    admin,
                    app,
                    settings.server() + "postgres",
                    DATABASE,
                    diagnostics,
                    settings.dumpEverySeconds());
            RebuildWatch.Result first = watch.follow("rebuild-1", -1);
            if (settings.reuseIndex() && Double.isNaN(first.seconds())) {
                report.put("rebuild", "none: the index of the last run was reused (-Dbench.reuseIndex=true)");
            } else {
                rebuild(report, "rebuild 1", first, app);
            }
            if (settings.rebuildTwice()) {
                long asked = System.nanoTime();
                api.post("api/admin/search/rebuild", admin, null).expect(202);
                rebuild(report, "rebuild 2 (asked for, JIT warm)", watch.follow("rebuild-2", asked), app);
            }

            freshness(
                    report,
                    api,
                    app,
                    author,
                    reader,
                    facts.publicDiscussion(),
                    settings.visibilityPosts(),
                    diagnostics);
            var words = new ForumGenerator();
            searchLatencies(
                    report,
                    api,
                    reader,
                    facts.readerGroups(),
                    settings.searches(),
                    words.frequentWords(0, 300),
                    words.frequentPairs(0, 200));
            report.put("app heap after the run (live, after a full GC)", liveHeap(app));
            report.put("app resident memory, peak", String.format(Locale.ROOT, "%,d MB", app.memoryMb("VmHWM")));
        }
        System.out.println();
        System.out.println("| measure | result |");
        System.out.println("|---|---|");
        report.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
    }

    /** Figures go out as they come, so a long run shows them before it ends. */
    private static Map<String, String> printingReport() {
        return new LinkedHashMap<>() {
            @Override
            public String put(String key, String value) {
                System.out.println("| " + key + " | " + value + " |");
                return super.put(key, value);
            }
        };
    }

    private static void load(Settings settings, Map<String, String> report) throws Exception {
        String hash = pbkdf2(PASSWORD);
        long started = System.nanoTime();
        ForumLoader.load(settings.server(), DATABASE, new ForumGenerator(), settings.posts(), hash);
        double took = seconds(started);
        report.put(
                "database load (generate, COPY, constraints and indexes, VACUUM ANALYZE)",
                String.format(Locale.ROOT, "%.1f s (%,.0f posts/s)", took, settings.posts() / took));
    }

    /**
     * The format Jakarta Security's Pbkdf2PasswordHash writes ({@code algorithm:iterations:salt:hash},
     * Base64), at the app's strength: {@link PasswordHasher} itself needs the container. One hash,
     * computed once, serves every member.
     */
    static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, PasswordHasher.ITERATIONS, 32 * 8);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(spec)
                .getEncoded();
        return "PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"
                + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    private static Map<String, String> appEnvironment(Settings settings, String databaseUrl, Path data) {
        return Map.of(
                "QIC_DB_URL",
                databaseUrl,
                "QIC_DB_USER",
                "postgres",
                "QIC_DB_PASSWORD",
                "",
                "QIC_DATA_DIR",
                data.toString(),
                "QIC_HTTP_PORT",
                Integer.toString(settings.port()),
                "QIC_SAMPLE_DATA",
                "false",
                "QIC_ADMIN_EMAILS",
                ForumLoader.email(ForumLoader.ADMIN),
                "QIC_COOKIE_SECURE",
                "false");
    }

    // ---- rebuild ----

    private static void rebuild(Map<String, String> report, String label, RebuildWatch.Result r, PayaraApp app)
            throws Exception {
        if (Double.isNaN(r.seconds())) {
            report.put(label, "over before the benchmark could watch it: see the app's log line");
        } else {
            report.put(
                    label,
                    String.format(
                            Locale.ROOT,
                            "%.1f s for %,d documents (%,.0f documents/s); the API's rate at the end: %,.0f/s;"
                                    + " reason \"%s\"",
                            r.seconds(),
                            r.documents(),
                            r.documents() / r.seconds(),
                            r.apiRate(),
                            r.reason()));
        }
        report.put(label + ": app's log", lastRebuildLine(app.log()));
        report.put(
                label + ": CPU, average cores busy",
                String.format(
                        Locale.ROOT,
                        "app %.2f, PostgreSQL backends %.2f, other processes (this client included) %.2f, of %d;"
                                + " the rebuild thread was on a CPU %.0f%% of the time",
                        r.appCores(),
                        r.databaseCores(),
                        r.otherCores(),
                        Runtime.getRuntime().availableProcessors(),
                        100 * r.rebuildThreadOnCpu()));
        RebuildProfile.Result profile = r.profile();
        if (profile != null) {
            report.put(
                    label + ": rebuild thread's CPU (flight recording)",
                    String.format(Locale.ROOT, "%,d samples: ", profile.rebuildSamples()) + profile.rebuildShares());
            report.put(label + ": other threads' CPU", profile.otherThreadSeconds());
            report.put(
                    label + ": heap",
                    String.format(
                            Locale.ROOT,
                            "peak %,d MB in use (before a GC), %,d MB committed; %d collections pausing %.1f s in all",
                            profile.peakHeapMb(),
                            profile.committedHeapMb(),
                            profile.collections(),
                            profile.pauseSeconds()));
        }
    }

    private static String lastRebuildLine(String log) {
        Matcher m = REBUILT.matcher(log);
        String last = "(no \"Search index rebuilt\" line)";
        while (m.find()) {
            last = m.group().strip();
        }
        return last;
    }

    // ---- post to visible ----

    /** Post-to-visible for another member, then the author's own read-your-writes; slow posts against fsyncs. */
    private static void freshness(
            Map<String, String> report,
            ApiClient api,
            PayaraApp app,
            String author,
            String reader,
            long discussion,
            int count,
            Path diagnostics)
            throws Exception {
        Freshness freshness = new Freshness(api, author, discussion);
        Instant from = Instant.now();
        long started = System.nanoTime();
        double machineFrom = PayaraApp.Cpu.machineSeconds();
        double appFrom = app.cpuSeconds();
        List<Freshness.Sample> visible = freshness.measure(reader, "v", count, Math.max(5, count / 5));
        List<Freshness.Sample> own = freshness.measure(author, "r", count, 0);
        double took = seconds(started);
        double appCores = (app.cpuSeconds() - appFrom) / took;
        double otherCores = (PayaraApp.Cpu.machineSeconds() - machineFrom) / took - appCores;
        Freshness.writeCsv(diagnostics.resolve("visible-to-another-member.csv"), visible);
        Freshness.writeCsv(diagnostics.resolve("read-your-writes.csv"), own);
        report.put(
                "post to visible for another member (REST reply, then search every ~2 ms)",
                Latencies.percentiles(Freshness.nanos(visible))
                        + String.format(
                                Locale.ROOT,
                                "; found on the first search %d of %d, at most %d searches",
                                Freshness.foundFirstTime(visible),
                                visible.size(),
                                Freshness.mostSearches(visible)));
        report.put(
                "author's own search right after posting (read-your-writes)",
                String.format(
                                Locale.ROOT,
                                "found on the first search %d of %d; until found ",
                                Freshness.foundFirstTime(own),
                                own.size())
                        + Latencies.percentiles(Freshness.nanos(own)));
        Path recording = diagnostics.resolve("freshness.jfr");
        app.jcmd("JFR.dump", "name=" + PayaraApp.RECORDING, "filename=" + recording.toAbsolutePath());
        List<Freshness.Sample> all = new ArrayList<>(visible);
        all.addAll(own);
        report.put(
                "posts and searches above: slow ones against the index's fsyncs, and CPU",
                Freshness.slowAgainstFsyncs(all, Freshness.fsyncs(recording, from, Instant.now()))
                        + String.format(
                                Locale.ROOT,
                                "; app %.2f cores, other processes %.2f",
                                appCores,
                                Math.max(0, otherCores)));
    }

    // ---- search latencies ----

    /** Sequential searches as the reader, each a full page of 20 with totals and facets, through JAX-RS and JSON. */
    private static void searchLatencies(
            Map<String, String> report,
            ApiClient api,
            String reader,
            List<String> readerGroups,
            int count,
            List<String> terms,
            List<String> pairs) {
        Random random = new Random(7);
        Map<String, java.util.function.Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("term", () -> "q=" + encode(pick(random, terms)));
        kinds.put("two words", () -> "q=" + encode(pick(random, pairs)));
        kinds.put("phrase", () -> "q=" + encode("\"" + pick(random, pairs) + "\""));
        kinds.put(
                "filtered (group and type)",
                () -> "q=" + encode(pick(random, terms)) + "&type=REPLY&group="
                        + readerGroups.get(random.nextInt(readerGroups.size())));
        for (Map.Entry<String, java.util.function.Supplier<String>> kind : kinds.entrySet()) {
            long[] latencies = new long[count];
            for (int i = -Math.min(50, count); i < count; i++) {
                String query = kind.getValue().get();
                long started = System.nanoTime();
                api.get("api/search?" + query, reader).expect(200);
                if (i >= 0) {
                    latencies[i] = System.nanoTime() - started;
                }
            }
            report.put(
                    "search API as a member, " + kind.getKey() + " (" + count + " sequential)",
                    Latencies.percentiles(latencies));
        }
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---- memory ----

    private static String liveHeap(PayaraApp app) throws Exception {
        app.jcmd("GC.run");
        String info = app.jcmd("GC.heap_info");
        Matcher m = Pattern.compile("committed (\\d+)K, used (\\d+)K").matcher(info);
        return m.find()
                ? String.format(
                        Locale.ROOT,
                        "%,d MB used, %,d MB committed",
                        Long.parseLong(m.group(2)) / 1024,
                        Long.parseLong(m.group(1)) / 1024)
                : info.strip();
    }

    // ---- figures ----

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
