package org.qicommons.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.qicommons.testing.MedFiles;

/**
 * Text for generated posts, from the MED abstracts' sentences: real medical English, so that posts
 * cost what members' posts cost to render, store and index. Not thread-safe: one per loading thread.
 */
final class PostText {
    private final List<String> sentences;
    private final Random random;
    /** Every body given in this JVM: the app refuses a member's exact repeat in a group or discussion. */
    private static final Set<String> GIVEN = ConcurrentHashMap.newKeySet();

    PostText(List<String> sentences, long seed) {
        this.sentences = sentences;
        // seeds 1, 2, 3... give java.util.Random first draws that are close together: mix them
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
    }

    static List<String> sentences() throws IOException {
        return MedFiles.sentences();
    }

    /** A sentence of at most 120 characters, capitalised: a discussion's title. */
    String title() {
        String sentence = sentence();
        while (sentence.length() > 120) {
            sentence = sentence();
        }
        return capitalised(sentence);
    }

    /**
     * Whole sentences, until about {@code words} words; never a body given before (one long sentence
     * can be a whole body, and the app refuses a member's repeat with a 409).
     */
    String body(int words) {
        String body = anyBody(words);
        while (!GIVEN.add(body)) {
            body = anyBody(words);
        }
        return body;
    }

    private String anyBody(int words) {
        StringBuilder body = new StringBuilder();
        int count = 0;
        while (count < words) {
            String sentence = sentence();
            count += sentence.split(" ").length;
            body.append(capitalised(sentence)).append(". ");
        }
        return body.toString().strip();
    }

    /** Words of seven letters or more from random sentences: searches that find something. */
    List<String> searchWords(int count) {
        return random.ints(0, sentences.size())
                .mapToObj(i -> sentences.get(i).split("[^a-z]+"))
                .flatMap(Arrays::stream)
                .filter(word -> word.length() >= 7)
                .distinct()
                .limit(count)
                .toList();
    }

    private String sentence() {
        return sentences.get(random.nextInt(sentences.size()));
    }

    private static String capitalised(String sentence) {
        return sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
    }
}
