package org.qicommons.search;

import java.util.function.Function;

/**
 * What a change means for the index: put a document (replacing any with its key), or remove one.
 * Applying one twice does no harm, which is what makes the indexer's restarts simple.
 */
public sealed interface DocumentChange {
    String key();

    static DocumentChange put(SearchDocument document) {
        return new Put(document);
    }

    static DocumentChange remove(HitType type, long id) {
        return new Remove(SearchDocument.key(type, id));
    }

    /** The thing's document as it is now, or its removal when the thing is gone. */
    static <T> DocumentChange putOrRemove(HitType type, long id, T found, Function<T, SearchDocument> document) {
        return found == null ? remove(type, id) : put(document.apply(found));
    }

    record Put(SearchDocument entry) implements DocumentChange {
        @Override
        public String key() {
            return entry.key();
        }
    }

    record Remove(String key) implements DocumentChange {}
}
