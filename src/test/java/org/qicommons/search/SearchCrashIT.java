package org.qicommons.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.ApiClient.Reply;
import org.qicommons.testing.SampleMembers;

/**
 * Kill -9 during a burst of posts, then restart on the same data directory: every post the API
 * acknowledged with 201 must still be in the database and reflected in the index, and its author's
 * notification of it must exist exactly once (the notifier's cursor moves with what it wrote). Not Arquillian:
 * the test starts Payara Micro itself, with its own data directory and an H2 file database, so it
 * can kill it with SIGKILL ({@link Process#destroyForcibly()}) and start it again.
 */
class SearchCrashIT {
    private static final Duration BOOT = Duration.ofSeconds(240);
    private static final int WRITERS = 4;

    private final Path dataDir =
            Path.of("target", "crash-it-" + UUID.randomUUID()).toAbsolutePath();
    private Process app;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void everyAcknowledgedPostSurvivesAKillDuringABurst() throws Exception {
        ApiClient api = start();
        Account admin = api.siteAdministrator();
        Account poster = api.signUp(SampleMembers.named("Burst poster", null), null);
        Account replier = api.signUp(SampleMembers.named("Burst replier", null), null);
        String slug = api.createGroup(poster.token(), SampleMembers.unique("Crash"), "PUBLIC", "OPEN");
        api.join(replier.token(), slug).expect(200);
        long discussionId = api.startDiscussion(poster.token(), slug, "Burst", "Replies follow")
                .getJsonNumber("id")
                .longValue();

        Map<Long, String> acknowledged = burstAndKill(api, replier.token(), discussionId);
        assertTrue(acknowledged.size() >= 10, "the burst got going before the kill: " + acknowledged.size());

        api = start();
        for (long id : acknowledged.keySet()) {
            api.get("api/posts/" + id, poster.token()).expect(200);
        }
        JsonObject status = awaitCaughtUp(api, admin.token());
        // every acknowledged reply is found by search, by a word only it contains
        for (Map.Entry<Long, String> reply : acknowledged.entrySet()) {
            JsonObject found = api.get("api/search?q=" + reply.getValue(), null)
                    .expect(200)
                    .json();
            assertEquals(1, found.getJsonNumber("total").longValue(), reply.getValue() + ": " + found);
            assertEquals(
                    reply.getKey().longValue(),
                    found.getJsonArray("hits")
                            .getJsonObject(0)
                            .getJsonNumber("id")
                            .longValue());
        }
        // members, the group, the discussion, every acknowledged reply
        assertTrue(status.getJsonNumber("documents").longValue() >= 2 + 1 + 1 + acknowledged.size(), status.toString());

        // the poster heard of every acknowledged reply, and of none twice
        Map<String, Integer> told = awaitNotified(api, poster.token(), acknowledged.keySet());
        told.forEach((url, times) -> assertEquals(1, times, url + " notified " + times + " times"));

        // only administrators see or rebuild the index
        assertEquals(403, api.get("api/admin/search", poster.token()).status());
        assertEquals(403, api.get("api/admin/search", null).status());
        assertEquals(
                403, api.post("api/admin/search/rebuild", poster.token(), null).status());
        api.post("api/admin/search/rebuild", admin.token(), Json.createObjectBuilder())
                .expect(202);
        JsonObject rebuilt = awaitCaughtUp(api, admin.token());
        assertEquals(
                status.getJsonNumber("documents").longValue(),
                rebuilt.getJsonNumber("documents").longValue());
        assertEquals("requested", rebuilt.getString("reason"));
    }

    /** Posts replies from several threads and kills the app once some have been acknowledged. */
    /** A word only this reply contains, so a search finds exactly it. */
    private static String word(int writer, int i) {
        return "zqburst" + writer + "x" + i;
    }

    private Map<Long, String> burstAndKill(ApiClient api, String token, long discussionId) throws InterruptedException {
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(30);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; !killed.get() && i < 10_000; i++) {
                    try {
                        Reply reply = api.post(
                                "api/discussions/" + discussionId + "/posts",
                                token,
                                Json.createObjectBuilder().add("body", "Burst reply " + word(writer, i)));
                        if (reply.status() == 201) {
                            acknowledged.put(reply.id(), word(writer, i));
                            enough.countDown();
                        }
                    } catch (UncheckedIOException | IllegalStateException e) {
                        return; // the server is gone
                    }
                }
            });
        }
        assertTrue(enough.await(120, TimeUnit.SECONDS), "replies were acknowledged");
        app.destroyForcibly(); // SIGKILL, in the middle of the burst
        killed.set(true);
        app.waitFor(30, TimeUnit.SECONDS);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        return Map.copyOf(acknowledged);
    }

    /**
     * Waits until the member has a notification for each of these posts, then a moment more, and
     * counts every notification they have by the post it links to.
     */
    private static Map<String, Integer> awaitNotified(ApiClient api, String token, java.util.Set<Long> posts)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, Integer> told = Map.of();
        while (Instant.now().isBefore(deadline)) {
            Map<String, Integer> now = notifiedUrls(api, token);
            told = now;
            if (posts.stream().allMatch(id -> now.containsKey("/p/" + id))) {
                Thread.sleep(3000); // any later pass would double one now, if anything could
                return notifiedUrls(api, token);
            }
            Thread.sleep(300);
        }
        throw new AssertionError("not every acknowledged reply was notified: " + told.keySet());
    }

    private static Map<String, Integer> notifiedUrls(ApiClient api, String token) {
        Map<String, Integer> told = new java.util.HashMap<>();
        String before = "";
        while (true) {
            JsonObject page = api.get("api/notifications?size=100" + before, token)
                    .expect(200)
                    .json();
            page.getJsonArray("items")
                    .forEach(item -> told.merge(item.asJsonObject().getString("url"), 1, Integer::sum));
            if (page.isNull("nextBefore")) {
                return told;
            }
            before = "&before=" + page.getJsonNumber("nextBefore").longValue();
        }
    }

    private JsonObject awaitCaughtUp(ApiClient api, String adminToken) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject status = null;
        while (Instant.now().isBefore(deadline)) {
            status = api.get("api/admin/search", adminToken).expect(200).json();
            if ("READY".equals(status.getString("state"))
                    && status.getJsonNumber("appliedSeq").longValue()
                            == status.getJsonNumber("logHead").longValue()) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the index did not catch up: " + status);
    }

    /** Starts Payara Micro on the data directory and waits until the API answers. */
    private ApiClient start() throws IOException, InterruptedException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String target = System.getProperty("qic.war", "target/qicommons.war");
        String micro = System.getProperty("payara.microJar", "target/payara-micro.jar");
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-jar",
                micro,
                "--deploy",
                target,
                "--contextroot",
                "/",
                "--nocluster",
                "--port",
                Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolve("payara.log").toFile()));
        Map<String, String> env = builder.environment();
        // an H2 file database under the data directory, whatever database the suite runs on
        env.remove("QIC_DB_URL");
        env.remove("QIC_DB_USER");
        env.remove("QIC_DB_PASSWORD");
        env.put("QIC_DATA_DIR", dataDir.toString());
        env.put("QIC_SAMPLE_DATA", "false");
        // a burst of replies from one new account is the point of this test, not a spammer
        env.put("QIC_LIMITS_POSTS_PER_HOUR", "0");
        env.put("QIC_LIMITS_POSTS_PER_HOUR_NEW", "0");
        env.put("QIC_CONFIRM_EMAIL", "false");
        env.put("QIC_HTTP_PORT", Integer.toString(port));
        env.put("QIC_ADMIN_EMAILS", System.getProperty("qic.admin.email", "search-admin@example.org"));
        app = builder.start();
        ApiClient api = client(port);
        Instant deadline = Instant.now().plus(BOOT);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(app.isAlive(), "Payara Micro exited; see " + dataDir.resolve("payara.log"));
            try {
                if (api.get("api/groups", null).status() == 200) {
                    return api;
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Payara Micro did not start within " + BOOT);
    }

    private static ApiClient client(int port) {
        try {
            return new ApiClient(URI.create("http://localhost:" + port + "/").toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
