package org.qicommons.search.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.qicommons.testing.ApiClient;

/**
 * How soon a post is found by search, through the REST API: the author replies with a word nobody
 * else wrote and, from the 201 on, another member searches for it until it is found; then the
 * author's own search right after posting (read-your-writes). Each sample is written to a CSV, and
 * slow ones are matched against the index's fsyncs in the app's flight recording (the index commits
 * about once a second; the recording keeps fsyncs of 20 ms and more).
 */
public final class Freshness {
    /** Slower than this counts as slow, for the fsync matching. */
    static final Duration SLOW = Duration.ofMillis(100);

    private static final long GIVE_UP_NANOS = 30_000_000_000L;

    /** One post: when the 201 came, how long until the search found it, and how many searches that took. */
    public record Sample(Instant posted, long nanos, int searches) {
        Instant found() {
            return posted.plusNanos(nanos);
        }
    }

    private final ApiClient api;
    private final String author;
    private final long discussion;
    private final Random pause = new Random(1);

    public Freshness(ApiClient api, String author, long discussion) {
        this.api = api;
        this.author = author;
        this.discussion = discussion;
    }

    /**
     * {@code count} posts, each searched for by {@code reader} every ~2 ms until found (with
     * {@code reader} the author, the first search is the read-your-writes check). A few unmeasured
     * posts first, to warm the code paths.
     */
    public List<Sample> measure(String reader, String phase, int count, int warmUp) throws InterruptedException {
        IntFunction<String> words = uniqueWords(phase);
        List<Sample> samples = new ArrayList<>();
        for (int i = -warmUp; i < count; i++) {
            String word = words.apply(i + warmUp);
            reply(word);
            Instant posted = Instant.now();
            long started = System.nanoTime();
            int searches = 1;
            while (total(reader, word) != 1) {
                if (System.nanoTime() - started > GIVE_UP_NANOS) {
                    throw new IllegalStateException("reply with " + word + " not found alone after 30 s");
                }
                Thread.sleep(2);
                searches++;
            }
            long nanos = System.nanoTime() - started;
            if (i >= 0) {
                samples.add(new Sample(posted, nanos, searches));
            }
            // members do not post in step with the index's once-a-second commit
            Thread.sleep(pause.nextInt(50));
        }
        return samples;
    }

    private void reply(String word) {
        api.post(
                        "api/discussions/" + discussion + "/posts",
                        author,
                        Json.createObjectBuilder()
                                .add("body", "A benchmark reply mentioning " + word + " and nothing else of note."))
                .expect(201);
    }

    private long total(String token, String query) {
        return api.get("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token)
                .expect(200)
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    /**
     * Words no generated post contains, different in every run (the database may be reused): "zqvis",
     * the phase's letter, a random run tag, the counter in letters, and a final "x". Porter stemming
     * strips endings such as "s" and "e", which made "...aas" and "...aae" one word; no rule touches
     * a word ending in "x", so every word stays itself.
     */
    private static IntFunction<String> uniqueWords(String phase) {
        StringBuilder tag = new StringBuilder();
        Random random = new SecureRandom();
        for (int i = 0; i < 4; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return n -> "zqvis" + phase + tag + (char) ('a' + n / 676 % 26) + (char) ('a' + n / 26 % 26)
                + (char) ('a' + n % 26) + "x";
    }

    // ---- reporting ----

    public static long[] nanos(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::nanos).toArray();
    }

    public static long foundFirstTime(List<Sample> samples) {
        return samples.stream().filter(s -> s.searches() == 1).count();
    }

    public static int mostSearches(List<Sample> samples) {
        return samples.stream().mapToInt(Sample::searches).max().orElse(0);
    }

    public static void writeCsv(Path file, List<Sample> samples) throws IOException {
        StringBuilder csv = new StringBuilder("posted,milliseconds,searches\n");
        for (Sample s : samples) {
            csv.append(s.posted())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.2f", s.nanos() / 1e6))
                    .append(',')
                    .append(s.searches())
                    .append('\n');
        }
        Files.writeString(file, csv);
    }

    /** An fsync the app's flight recording saw (20 ms or longer). */
    record Fsync(Instant start, Duration duration, String path) {
        boolean overlaps(Sample sample) {
            return start.isBefore(sample.found()) && start.plus(duration).isAfter(sample.posted());
        }
    }

    static List<Fsync> fsyncs(Path recording, Instant from, Instant to) throws IOException {
        List<Fsync> found = new ArrayList<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.FileForce")
                        && !event.getStartTime().isBefore(from)
                        && !event.getStartTime().isAfter(to)) {
                    found.add(new Fsync(event.getStartTime(), event.getDuration(), event.getString("path")));
                }
            }
        }
        return found;
    }

    /** "n fsyncs of 20 ms or more (longest X ms); k posts slower than 100 ms, j of them during an fsync". */
    static String slowAgainstFsyncs(List<Sample> samples, List<Fsync> fsyncs) {
        List<Sample> slow =
                samples.stream().filter(s -> s.nanos() > SLOW.toNanos()).toList();
        long during = slow.stream()
                .filter(s -> fsyncs.stream().anyMatch(f -> f.overlaps(s)))
                .count();
        long longest =
                fsyncs.stream().mapToLong(f -> f.duration().toMillis()).max().orElse(0);
        return String.format(
                Locale.ROOT,
                "%d fsyncs of 20 ms or more in the app (longest %d ms); %d posts slower than %d ms, %d of them"
                        + " while an fsync ran",
                fsyncs.size(),
                longest,
                slow.size(),
                SLOW.toMillis(),
                during);
    }
}
