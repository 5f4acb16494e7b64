package org.qicommons.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qicommons.change.Change;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.Subject;
import org.qicommons.search.DocumentChange;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocumentSource;

class SourceRegistryTest {
    /** A source that answers every change it hears with the removal of one document named after it. */
    private record Listening(Set<Subject> listensTo, HitType type) implements SearchDocumentSource {
        @Override
        public List<DocumentChange> changesFor(Change change) {
            return List.of(DocumentChange.remove(type, change.subjectId()));
        }

        @Override
        public List<DocumentPages> pages() {
            return List.of();
        }
    }

    private static Change change(Subject subject, long id) {
        return new Change(1, subject, id, ChangeKind.EDITED, null, Instant.now());
    }

    @Test
    void aSubjectNoSourceListensToStopsTheStart() {
        Set<Subject> allButOne = EnumSet.complementOf(EnumSet.of(Subject.MEMBERSHIP));
        var refused = assertThrows(
                IllegalStateException.class,
                () -> new SourceRegistry(List.of(new Listening(allButOne, HitType.GROUP))));
        assertTrue(refused.getMessage().contains("MEMBERSHIP"), refused.getMessage());
    }

    @Test
    void everySourceListeningToASubjectHearsItsChangesInOrder() {
        var registry = new SourceRegistry(List.of(
                new Listening(EnumSet.allOf(Subject.class), HitType.MEMBER),
                new Listening(EnumSet.of(Subject.MEMBER, Subject.POST), HitType.REPLY)));
        List<String> keys =
                registry
                        .resolve(List.of(change(Subject.MEMBER, 7), change(Subject.GROUP, 8), change(Subject.POST, 9)))
                        .stream()
                        .map(DocumentChange::key)
                        .toList();
        assertEquals(List.of("MEMBER:7", "REPLY:7", "MEMBER:8", "MEMBER:9", "REPLY:9"), keys);
    }
}
