package org.qicommons.search.bench;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.qicommons.organisation.OrganisationType;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.testing.MedFiles;

/**
 * Makes a large, realistic forum for benchmarks: sentences drawn from the MED abstracts (real
 * medical English), threads of 1 to 500 posts, 200 groups of which a third are private, 5,000
 * authors across organisation types, dates over three years. Seeded, so every run makes the same
 * forum.
 */
final class ForumGenerator {
    static final int GROUPS = 200;
    static final int AUTHORS = 5_000;
    /** Authors work for this many organisations ("Organisation 0" to "Organisation 699"). */
    static final int ORGANISATIONS = 700;

    private final List<String> sentences;
    private final Random random = new Random(20261126);
    private final Instant end = Instant.parse("2026-11-01T00:00:00Z");

    ForumGenerator() throws IOException {
        sentences = MedFiles.sentences();
    }

    static boolean isPrivate(long groupId) {
        return groupId % 3 == 0;
    }

    /** The organisation (0 to {@link #ORGANISATIONS} - 1) an author works for. */
    static int organisationOf(long author) {
        return (int) (author % ORGANISATIONS);
    }

    /** Each organisation's type; ORGANISATIONS is a multiple of the number of types, so all occur. */
    static OrganisationType organisationType(int organisation) {
        return OrganisationType.values()[organisation % OrganisationType.values().length];
    }

    static String organisationName(int organisation) {
        return "Organisation " + organisation;
    }

    static String authorName(long author) {
        return "Member " + author;
    }

    /** Calls {@code sink} for each of {@code posts} entries, discussions and their replies in turn. */
    void generate(int posts, Consumer<SearchDocument> sink) {
        long id = 1;
        long discussionId = 0;
        while (id <= posts) {
            int threadSize = threadSize();
            long groupId = 1 + random.nextInt(GROUPS);
            discussionId = id;
            String title = sentence();
            Instant started = end.minus(random.nextInt(3 * 365 * 24), ChronoUnit.HOURS);
            for (int i = 0; i < threadSize && id <= posts; i++, id++) {
                long author = 1 + random.nextInt(AUTHORS);
                int organisation = organisationOf(author);
                sink.accept(new SearchDocument(
                        i == 0 ? HitType.DISCUSSION : HitType.REPLY,
                        id,
                        discussionId,
                        groupId,
                        title,
                        body(),
                        author,
                        authorName(author),
                        organisationName(organisation),
                        organisationType(organisation).name(),
                        started.plus(i * 37L, ChronoUnit.MINUTES)));
            }
        }
    }

    /** Mostly short threads, a long tail up to 500 posts. */
    private int threadSize() {
        double r = random.nextDouble();
        return (int) Math.min(500, Math.max(1, Math.round(Math.exp(r * r * Math.log(500)))));
    }

    private String body() {
        int count = 1 + random.nextInt(5);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append(sentence()).append(". ");
        }
        return body.toString();
    }

    private String sentence() {
        return sentences.get(random.nextInt(sentences.size()));
    }

    /**
     * What members search for, drawn from the same text: the {@code count} most frequent words of four
     * letters or more (ranked by frequency, so common and rarer words both appear), skipping the very
     * commonest {@code skip}, which are function words in MED ("with", "that", "were").
     */
    List<String> frequentWords(int skip, int count) {
        Map<String, Integer> frequency = new HashMap<>();
        for (String sentence : sentences) {
            for (String word : words(sentence)) {
                frequency.merge(word, 1, Integer::sum);
            }
        }
        return mostFrequent(frequency, skip, count);
    }

    /** The {@code count} most frequent pairs of neighbouring words (both of four letters or more). */
    List<String> frequentPairs(int skip, int count) {
        Map<String, Integer> frequency = new HashMap<>();
        for (String sentence : sentences) {
            List<String> words = words(sentence);
            for (int i = 0; i + 1 < words.size(); i++) {
                frequency.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
            }
        }
        return mostFrequent(frequency, skip, count);
    }

    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String token : sentence.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (token.length() >= 4 && !FUNCTION_WORDS.contains(token)) {
                words.add(token);
            }
        }
        return words;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "with",
            "that",
            "were",
            "from",
            "this",
            "have",
            "been",
            "which",
            "these",
            "than",
            "also",
            "there",
            "their",
            "those",
            "other",
            "when",
            "into",
            "after",
            "during",
            "between",
            "both",
            "such",
            "more",
            "most",
            "only",
            "each",
            "some",
            "while",
            "whereas",
            "thus",
            "however",
            "although");

    private static List<String> mostFrequent(Map<String, Integer> frequency, int skip, int count) {
        return frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .skip(skip)
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
    }
}
