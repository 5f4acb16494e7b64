package org.qicommons.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;

/** The durable commit that the indexer makes off its own thread, while it goes on writing. */
class IndexGenerationTest {
    @TempDir
    Path directory;

    @Test
    void aCommitRecordsThePositionTakenAndSurvivesWritesMadeWhileItRuns() throws Exception {
        var analyzer = new QiAnalyzer(null);
        Path path = directory.resolve("gen");
        try (var generation = IndexGeneration.create(path, analyzer, Duration.ofSeconds(5), 0, 3, "db")) {
            assertNull(generation.pending(), "nothing to commit straight after creation");
            for (long seq = 1; seq <= 50; seq++) {
                generation.put(DocumentBuilder.build(reply(seq)), SearchDocument.key(HitType.REPLY, seq));
                generation.cursor().applied(seq);
            }
            generation.cursor().advance(Instant.now());
            IndexGeneration.Pending pending = generation.pending();
            assertNotNull(pending);
            assertEquals(50, pending.seq());

            // the indexer goes on writing while the commit runs on another thread
            var committing = CompletableFuture.runAsync(() -> {
                try {
                    generation.commit(pending, 3, "db");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            for (long seq = 51; seq <= 80; seq++) {
                generation.put(DocumentBuilder.build(reply(seq)), SearchDocument.key(HitType.REPLY, seq));
            }
            committing.get();
            assertNotNull(generation.pending(), "the later writes are not covered yet");
        } // closed without a further commit: as after kill -9

        try (var reopened = IndexGeneration.open(path, analyzer, Duration.ofSeconds(5))) {
            assertEquals(50, reopened.opened().appliedSeq(), "replay starts after what the commit recorded");
            long documents = reopened.documents();
            assertTrue(documents >= 50 && documents <= 80, "every change up to the position is there: " + documents);
        }
    }

    private static SearchDocument reply(long id) {
        return new SearchDocument(
                HitType.REPLY, id, 1L, 1L, "Falls", "Reply " + id, 1L, "Member", "Trust", "NHS_TRUST", Instant.now());
    }
}
