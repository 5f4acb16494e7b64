package org.qicommons.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qicommons.bench.CommunityLoader.Community;

/**
 * The pages under load: which URLs each page's requests are spread over, a first look at each, and the
 * wrk runs. The runs share one app process, in order, so a run the app does not survive spoils the ones
 * after it: before each, the app must answer its readiness check.
 */
final class PageLoad {
    private static final int CLIENTS = 50;
    private static final int CROWD = 200;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** A page under load: its name and the URLs (paths) its requests are spread over. */
    record Page(String name, List<String> paths) {}

    private final PayaraApp app;
    private final Wrk wrk;
    private final String base;

    PageLoad(PayaraApp app, Wrk wrk, String base) {
        this.app = app;
        this.wrk = wrk;
        this.base = base;
    }

    static List<Page> pages(Community community, List<String> searchWords) {
        List<String> groups = community.groups().stream()
                .map(slug -> "/group/view.xhtml?slug=" + slug)
                .toList();
        List<String> discussions = community.discussions().stream()
                .map(id -> "/discussion/view.xhtml?id=" + id)
                .toList();
        List<String> searches = searchWords.stream()
                .map(word -> "/search/?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))
                .toList();
        List<String> profiles = community.members().stream()
                .map(member -> "/member/view.xhtml?id=" + member.id())
                .toList();
        List<String> json = community.discussions().stream()
                .map(id -> "/api/discussions/" + id)
                .toList();
        return List.of(
                new Page("home", List.of("/")),
                new Page("group", groups),
                new Page("discussion", discussions),
                new Page("search", searches),
                new Page("profile", profiles),
                new Page("discussion-json", json));
    }

    /**
     * Each page once, anonymous and signed in: status and size (anonymous: the largest of the first five
     * URLs, as a group page's size depends on its discussions), and whether the anonymous GET set a cookie.
     */
    void look(Report report, List<Page> pages, String cookie) throws Exception {
        for (Page page : pages) {
            int largest = 0;
            for (String path : page.paths().subList(0, Math.min(5, page.paths().size()))) {
                largest = Math.max(largest, get(base + path, null).body().length);
            }
            HttpResponse<byte[]> anonymous = get(base + page.paths().getFirst(), null);
            HttpResponse<byte[]> signedIn = get(base + page.paths().getFirst(), cookie);
            report.put(
                    "page " + page.name() + " (" + page.paths().getFirst() + "): anonymous; signed in",
                    String.format(
                            Locale.ROOT,
                            "HTTP %d, %,d KB, sets a cookie: %s; HTTP %d, %,d KB",
                            anonymous.statusCode(),
                            largest / 1024,
                            anonymous
                                    .headers()
                                    .firstValue("Set-Cookie")
                                    .map(c -> "yes (" + c.split("=")[0] + ")")
                                    .orElse("no"),
                            signedIn.statusCode(),
                            signedIn.body().length / 1024));
        }
    }

    private static HttpResponse<byte[]> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Whether the app answers its readiness check within 10 s. */
    boolean answers() {
        try {
            return get(base + "/health/ready", null).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    // ---- load ----

    /**
     * Every page at 50 clients (after a warm-up) and at 200, anonymous and signed in, then all at once;
     * the results in {@code results}. Returns the runs not made because the app had stopped answering.
     */
    List<String> run(List<Page> pages, List<String> cookies, PageBenchmark.Settings settings, List<Wrk.Result> results)
            throws Exception {
        List<String> skipped = new ArrayList<>();
        Map<String, List<String>> modes = new LinkedHashMap<>();
        modes.put("anonymous", List.of());
        modes.put("signed in", cookies);
        for (int clients : List.of(CLIENTS, CROWD)) {
            Duration duration = clients == CLIENTS ? settings.duration() : settings.crowdDuration();
            for (Map.Entry<String, List<String>> mode : modes.entrySet()) {
                for (Page page : pages) {
                    String label = page.name() + ", " + mode.getKey() + ", " + clients + " clients";
                    // the runs share one app: one it does not survive spoils those after it
                    if (!skipped.isEmpty() || !app.isAlive() || !answers()) {
                        System.out.println("  " + label + ": not run, the app did not answer /health/ready");
                        skipped.add(label);
                        continue;
                    }
                    if (clients == CLIENTS && !settings.warmUp().isZero()) {
                        wrk.run("warm-up " + label, page.paths(), mode.getValue(), clients, settings.warmUp());
                    }
                    Wrk.Result result = wrk.run(label, page.paths(), mode.getValue(), clients, duration);
                    System.out.println("  " + label + ": " + Wrk.describe(result));
                    results.add(result);
                }
            }
        }
        // the long run: every page at once, half the clients signed in
        List<String> everything =
                pages.stream().flatMap(p -> p.paths().stream()).toList();
        List<String> half = new ArrayList<>(cookies);
        half.addAll(Collections.nCopies(cookies.size(), ""));
        String label = "all pages, half signed in, " + CROWD + " clients, "
                + settings.soakDuration().toSeconds() + " s";
        if (skipped.isEmpty() && app.isAlive() && answers()) {
            Wrk.Result result = wrk.run(label, everything, half, CROWD, settings.soakDuration());
            System.out.println("  " + label + ": " + Wrk.describe(result));
            results.add(result);
        } else {
            skipped.add(label);
        }
        return skipped;
    }
}
