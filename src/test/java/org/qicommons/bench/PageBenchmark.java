package org.qicommons.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qicommons.bench.CommunityLoader.Community;
import org.qicommons.bench.CommunityLoader.Member;
import org.qicommons.bench.CommunityLoader.Shape;
import org.qicommons.search.bench.Freshness;
import org.qicommons.testing.ApiClient;

/**
 * The page benchmark of issue 7 (see docs/benchmarks.md). Run with
 * {@code mvn -Pbenchmark verify -Dbench.main=org.qicommons.bench.PageBenchmark}. It
 * <ol>
 * <li>starts the packaged app (Payara Micro and the WAR) as {@code mvn -Prun} does, with the production
 * heap, on embedded H2 in a fresh data directory with the sample content, and times JVM start to the
 * first 200 on {@code /};</li>
 * <li>loads a forum shaped like a busy community through the REST API ({@link CommunityLoader});</li>
 * <li>measures sequential replies through the API, and how soon another member finds each reply by
 * search ({@link Freshness});</li>
 * <li>signs the members in through the sign-in page, and looks at each page once: its size, and whether
 * an anonymous GET sets a cookie;</li>
 * <li>drives load with wrk ({@link PageLoad}) on the home, group, discussion, search and profile pages and the discussion
 * JSON, anonymous and signed in: 50 clients after a warm-up, then 200; then 200 clients on all of them
 * at once for the long run, after which it reads the app's resident memory and its log;</li>
 * <li>prints the figures and writes them as Markdown to {@code target/bench-pages/results.md}, and stops
 * the app (only the one it started).</li>
 * </ol>
 */
public final class PageBenchmark {
    private PageBenchmark() {}

    /** The run's settings, from -Dbench.* properties; durations in seconds. */
    record Settings(
            int port,
            String heap,
            Shape shape,
            int loadClients,
            int replies,
            int visibilityPosts,
            Duration warmUp,
            Duration duration,
            Duration crowdDuration,
            Duration soakDuration,
            List<String> pages) {
        static Settings fromProperties() {
            return new Settings(
                    Integer.getInteger("bench.port", 8190),
                    System.getProperty("bench.pageHeap", "512m"),
                    Shape.fromProperties(),
                    Integer.getInteger("bench.loadClients", 4),
                    Integer.getInteger("bench.sequentialReplies", 1_000),
                    Integer.getInteger("bench.visibilityPosts", 100),
                    seconds("bench.warmUp", 10),
                    seconds("bench.duration", 30),
                    seconds("bench.crowdDuration", 30),
                    seconds("bench.soakDuration", 300),
                    // e.g. "discussion,discussion-json": only these pages (all when empty)
                    List.of(System.getProperty("bench.pages", "").split(",")).stream()
                            .map(String::strip)
                            .filter(name -> !name.isEmpty())
                            .toList());
        }

        private static Duration seconds(String property, int otherwise) {
            return Duration.ofSeconds(Integer.getInteger(property, otherwise));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromProperties();
        Wrk.requireInstalled();
        Path dir = Path.of("target/bench-pages").toAbsolutePath();
        PayaraApp.deleteTree(dir);
        Files.createDirectories(dir.resolve("wrk"));
        Report report = new Report();
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        List<Wrk.Result> results = new ArrayList<>();
        Path log = dir.resolve("payara.log");
        String base = "http://127.0.0.1:" + settings.port();
        try (PayaraApp app = PayaraApp.start(
                Path.of("target/payara-micro.jar").toAbsolutePath(),
                Path.of("target/qicommons.war").toAbsolutePath(),
                settings.port(),
                settings.heap(),
                jvmOptions(),
                Map.of(
                        "QIC_DATA_DIR", dir.resolve("data").toString(),
                        "QIC_HTTP_PORT", Integer.toString(settings.port())),
                log)) {
            app.awaitReady(URI.create(base + "/"), Duration.ofMinutes(3));
            report.put(
                    "start to first page (JVM start to the first 200 on /; H2, sample content, -Xmx" + settings.heap()
                            + ")",
                    String.format(Locale.ROOT, "%.1f s", app.sinceStart().toMillis() / 1000.0));

            ApiClient api = new ApiClient(URI.create(base + "/").toURL());
            List<String> sentences = PostText.sentences();
            Shape shape = settings.shape();
            long loading = System.nanoTime();
            Community community = new CommunityLoader(api, sentences, settings.loadClients()).load(shape);
            double loaded = seconds(loading);
            report.put(
                    "forum loaded through the API (" + settings.loadClients() + " clients)",
                    String.format(
                            Locale.ROOT,
                            "%d groups, %d members, %,d discussions of 1 + %d posts of ~%d words: %,d posts in %.0f s"
                                    + " (%,.0f posts/s, sign-ups included)",
                            shape.groups(),
                            shape.members(),
                            shape.discussions(),
                            shape.replies(),
                            shape.words(),
                            shape.posts(),
                            loaded,
                            shape.posts() / loaded));

            sequentialReplies(report, api, community, new PostText(sentences, 7), settings);
            freshness(report, api, community, settings.visibilityPosts());

            List<String> cookies = signIn(report, base, community, settings.loadClients());
            List<PageLoad.Page> pages = PageLoad.pages(community, new PostText(sentences, 11).searchWords(100)).stream()
                    .filter(page ->
                            settings.pages().isEmpty() || settings.pages().contains(page.name()))
                    .toList();
            PageLoad load = new PageLoad(app, new Wrk(dir.resolve("wrk"), base, 2, Duration.ofSeconds(2)), base);
            load.look(report, pages, cookies.getFirst());
            List<String> skipped = load.run(pages, cookies, settings, results);
            report.put(
                    "runs not made: the app stopped answering its readiness check (within 10 s) before them",
                    skipped.isEmpty() ? "none" : String.join("; ", skipped));
            report.put(
                    "at the end, after the " + settings.soakDuration().toSeconds()
                            + " s run of every page: resident memory (VmRSS, as ps -o rss), peak",
                    app.isAlive()
                            ? String.format(
                                    Locale.ROOT, "%,d MB, peak %,d MB", app.memoryMb("VmRSS"), app.memoryMb("VmHWM"))
                            : "the app is no longer running");
            if (app.isAlive()) {
                // config/jvm.options has G1 collect after 10 s of quiet and give back what is free
                Thread.sleep(Duration.ofSeconds(30));
                // RssFile is pages of mapped files (the Lucene index, the jars) the kernel can drop at
                // will; RssAnon is the process's own memory (heap, metaspace, code, stacks, malloc)
                report.put(
                        "30 s after the load: resident memory (VmRSS), of which anonymous (RssAnon) and mapped files (RssFile)",
                        String.format(
                                Locale.ROOT,
                                "%,d MB: %,d MB anonymous, %,d MB files",
                                app.memoryMb("VmRSS"),
                                app.memoryMb("RssAnon"),
                                app.memoryMb("RssFile")));
            }
            report.put("at the end: app answers /health/ready within 10 s", load.answers() ? "yes" : "no");
            report.put("at the end: heap (GC.heap_info); GC so far (jstat -gcutil)", app.isAlive() ? heap(app) : "-");
            String appLog = app.log();
            report.put(
                    "app log: OutOfMemoryError, SEVERE records",
                    count(appLog, "OutOfMemoryError") + ", " + count(appLog, "SEVERE"));
            report.put(
                    "5xx answers in all the wrk runs; timeouts; socket errors",
                    results.stream().mapToLong(Wrk.Result::status5xx).sum()
                            + "; "
                            + results.stream().mapToLong(Wrk.Result::timeouts).sum()
                            + "; "
                            + results.stream()
                                    .mapToLong(Wrk.Result::socketErrors)
                                    .sum());
        } finally {
            String markdown = report.markdown() + "\n" + LoadTable.markdown(results);
            System.out.println();
            System.out.println(markdown);
            Files.writeString(dir.resolve("results.md"), markdown);
            System.out.println("Written to " + dir.resolve("results.md") + "; the app's log is " + log);
        }
    }

    // ---- posting ----

    /** One member replies {@code settings.replies()} times, one after another, across the discussions. */
    private static void sequentialReplies(
            Report report, ApiClient api, Community community, PostText text, Settings settings) {
        String token = community.members().getFirst().token();
        long[] latencies = new long[settings.replies()];
        long started = System.nanoTime();
        for (int i = 0; i < latencies.length; i++) {
            long discussion =
                    community.discussions().get(i % community.discussions().size());
            String body = text.body(settings.shape().words());
            long sent = System.nanoTime();
            api.reply(token, discussion, null, body);
            latencies[i] = System.nanoTime() - sent;
        }
        double took = seconds(started);
        report.put(
                "sequential replies through the API, one member (" + latencies.length + ")",
                String.format(Locale.ROOT, "%,.0f replies/s; ", latencies.length / took)
                        + Latencies.percentiles(latencies));
    }

    /** A reply's 201 until another member's search finds it, in a discussion of its own. */
    private static void freshness(Report report, ApiClient api, Community community, int count) throws Exception {
        Member author = community.members().get(1);
        Member reader = community.members().get(2);
        long discussion = api.startDiscussion(
                        author.token(), community.groups().getFirst(), "Search freshness", "Replies follow.")
                .getJsonNumber("id")
                .longValue();
        List<Freshness.Sample> samples = new Freshness(api, author.token(), discussion)
                .measure(reader.token(), "p", count, Math.max(5, count / 5));
        report.put(
                "reply to visible in another member's search (" + count + ")",
                Latencies.percentiles(Freshness.nanos(samples))
                        + String.format(
                                Locale.ROOT,
                                "; found on the first search %d of %d",
                                Freshness.foundFirstTime(samples),
                                samples.size()));
    }

    // ---- signing in, and a first look at the pages ----

    /** Every member signs in through the sign-in page; their Cookie headers. */
    private static List<String> signIn(Report report, String base, Community community, int clients) throws Exception {
        BrowserSignIn browser = new BrowserSignIn(URI.create(base + "/"));
        long started = System.nanoTime();
        List<String> cookies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<String>> signedIn = new ArrayList<>();
            for (Member member : community.members()) {
                signedIn.add(pool.submit(() -> browser.cookie(member.email(), CommunityLoader.PASSWORD)));
            }
            for (Future<String> cookie : signedIn) {
                cookies.add(cookie.get());
            }
        }
        ApiClient api = new ApiClient(URI.create(base + "/").toURL());
        ApiClient.Reply me = api.send("GET", "api/members/me", null, null, Map.of("Cookie", cookies.getFirst()));
        if (me.status() != 200) {
            throw new IllegalStateException("the session cookie from the sign-in form does not sign in: " + me);
        }
        report.put(
                "members signed in through the sign-in page",
                String.format(Locale.ROOT, "%d in %.1f s", cookies.size(), seconds(started)));
        return cookies;
    }

    // ---- figures ----

    /** Heap in use and committed, and the collections so far with the time they took. */
    /**
     * The JVM options mvn -Prun starts the app with, and any given in {@code bench.jvmOptions}
     * (space-separated; e.g. {@code -Dqic.page-cache.mb=0} to measure without the page cache).
     */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        options.add("@" + Path.of("config/jvm.options").toAbsolutePath());
        String extra = System.getProperty("bench.jvmOptions", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    private static String heap(PayaraApp app) throws Exception {
        Matcher info = Pattern.compile("committed (\\d+)K, used (\\d+)K").matcher(app.jcmd("GC.heap_info"));
        String heap = info.find()
                ? String.format(
                        Locale.ROOT,
                        "%,d MB used of %,d MB",
                        Long.parseLong(info.group(2)) / 1024,
                        Long.parseLong(info.group(1)) / 1024)
                : "no figures from jcmd GC.heap_info (a JVM busy collecting may not answer it)";
        return heap + "; " + app.gcSummary();
    }

    private static long count(String text, String word) {
        long n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
