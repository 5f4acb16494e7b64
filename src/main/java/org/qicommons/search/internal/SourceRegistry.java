package org.qicommons.search.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qicommons.change.Change;
import org.qicommons.change.Subject;
import org.qicommons.search.DocumentChange;
import org.qicommons.search.SearchDocumentSource;

/**
 * Which {@link SearchDocumentSource}s hear of each subject's changes. Built once at start, and
 * refuses a set of sources that leaves a subject unheard: a change nobody turns into documents
 * would otherwise be dropped without a word, and its thing would never be searchable (or never
 * leave the index).
 */
final class SourceRegistry {
    private final List<SearchDocumentSource> sources;
    private final Map<Subject, List<SearchDocumentSource>> bySubject = new EnumMap<>(Subject.class);

    SourceRegistry(List<SearchDocumentSource> sources) {
        this.sources = List.copyOf(sources);
        for (SearchDocumentSource source : this.sources) {
            for (Subject subject : source.listensTo()) {
                bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(source);
            }
        }
        List<Subject> unheard = new ArrayList<>();
        for (Subject subject : Subject.values()) {
            if (!bySubject.containsKey(subject)) {
                unheard.add(subject);
            }
        }
        if (!unheard.isEmpty()) {
            throw new IllegalStateException("No search document source listens to changes of " + unheard
                    + ": say what they mean for search (a SearchDocumentSource that listens to them,"
                    + " returning no changes if they alter no document)");
        }
    }

    /** What the changes mean for the index, in their order. */
    List<DocumentChange> resolve(List<Change> changes) {
        List<DocumentChange> resolved = new ArrayList<>();
        for (Change change : changes) {
            for (SearchDocumentSource source : bySubject.get(change.subject())) {
                resolved.addAll(source.changesFor(change));
            }
        }
        return resolved;
    }

    /** Every kind of document, for a rebuild. */
    List<SearchDocumentSource.DocumentPages> pages() {
        return sources.stream().flatMap(source -> source.pages().stream()).toList();
    }
}
