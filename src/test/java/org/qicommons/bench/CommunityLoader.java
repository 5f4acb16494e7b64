package org.qicommons.bench;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.qicommons.organisation.OrganisationType;
import org.qicommons.testing.ApiClient;

/**
 * Loads a forum shaped like a busy community through the REST API, as members would fill it: sign-ups
 * with organisations of every type, public open groups that every member joins, and discussions of an
 * opening update and its replies, a third of the replies answering an earlier reply. Several clients
 * post at once, one whole discussion each; sign-ups hash passwords at full strength, so there are few
 * members and each signs up (and gets a token) once.
 */
final class CommunityLoader {
    static final String PASSWORD = "bench-password-for-every-member";

    /** How big a forum: counts of groups, members and discussions, replies per discussion, words per post. */
    record Shape(int groups, int members, int discussions, int replies, int words) {
        static Shape fromProperties() {
            return new Shape(
                    Integer.getInteger("bench.groups", 20),
                    Integer.getInteger("bench.members", 40),
                    Integer.getInteger("bench.discussions", 2_000),
                    Integer.getInteger("bench.replies", 20),
                    Integer.getInteger("bench.words", 60));
        }

        int posts() {
            return discussions * (1 + replies);
        }
    }

    record Member(long id, String email, String token) {}

    /** What was loaded, for spreading requests over it. */
    record Community(List<Member> members, List<String> groups, List<Long> discussions) {}

    private final ApiClient api;
    private final List<String> sentences;
    private final int clients;

    CommunityLoader(ApiClient api, List<String> sentences, int clients) {
        this.api = api;
        this.sentences = sentences;
        this.clients = clients;
    }

    Community load(Shape shape) throws Exception {
        List<Long> organisations = new ArrayList<>();
        for (OrganisationType type : OrganisationType.values()) {
            organisations.add(api.createOrganisation(
                    "Bench " + type.label(), type.name(), "Region " + (organisations.size() % 7 + 1)));
        }
        List<Member> members = inParallel(shape.members(), i -> () -> signUp(i, organisations));
        List<String> groups = inParallel(shape.groups(), i -> () -> createGroup(i, members));
        inParallel(members.size() * groups.size(), i -> () -> {
            int m = i % members.size();
            int g = i / members.size();
            // the group's owner is in already
            return m == g % members.size()
                    ? null
                    : api.join(members.get(m).token(), groups.get(g)).expect(200);
        });
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        List<Long> discussions = inParallel(shape.discussions(), d -> () -> {
            long id = discussion(d, shape, members, groups.get(d % groups.size()));
            int n = done.incrementAndGet();
            if (n % Math.max(1, shape.discussions() / 10) == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "  loaded %,d of %,d discussions, %,.0f posts/s%n",
                        n,
                        shape.discussions(),
                        n * (1 + shape.replies()) / seconds);
            }
            return id;
        });
        return new Community(members, groups, discussions);
    }

    private Member signUp(int i, List<Long> organisations) {
        String email = "member" + i + "@bench.example";
        long id = api.post(
                        "api/members",
                        null,
                        Json.createObjectBuilder()
                                .add("email", email)
                                .add("displayName", "Bench Member " + i)
                                .add("password", PASSWORD)
                                .add("organisationId", organisations.get(i % organisations.size()))
                                .add("jobTitle", "Improvement lead"))
                .expect(201)
                .id();
        return new Member(id, email, api.token(email, PASSWORD));
    }

    /** Group g is owned by member g (modulo the members). */
    private String createGroup(int g, List<Member> members) {
        PostText text = new PostText(sentences, -1 - g);
        return api.post(
                        "api/groups",
                        members.get(g % members.size()).token(),
                        Json.createObjectBuilder()
                                .add("name", "Bench group " + (g + 1))
                                .add("description", text.body(30))
                                .add("visibility", "PUBLIC")
                                .add("joinPolicy", "OPEN"))
                .expect(201)
                .json()
                .getString("slug");
    }

    /** One discussion and its replies, by members picked at random; returns its id. */
    private long discussion(int d, Shape shape, List<Member> members, String group) {
        Random random = new Random(d);
        PostText text = new PostText(sentences, d);
        long id = api.startDiscussion(pick(random, members).token(), group, text.title(), text.body(shape.words()))
                .getJsonNumber("id")
                .longValue();
        List<Long> replies = new ArrayList<>();
        for (int r = 0; r < shape.replies(); r++) {
            Long replyTo = !replies.isEmpty() && random.nextInt(3) == 0 ? pick(random, replies) : null;
            replies.add(api.reply(pick(random, members).token(), id, replyTo, text.body(shape.words()))
                    .getJsonNumber("id")
                    .longValue());
        }
        return id;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Runs {@code count} tasks on the loading clients; their results in task order. */
    private <T> List<T> inParallel(int count, IntFunction<Callable<T>> task) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(task.apply(i)));
            }
            List<T> results = new ArrayList<>();
            try {
                for (Future<T> future : futures) {
                    results.add(future.get());
                }
            } catch (ExecutionException e) {
                pool.shutdownNow();
                throw new IllegalStateException(
                        "loading the forum failed: " + e.getCause().getMessage(), e.getCause());
            }
            return results;
        }
    }
}
