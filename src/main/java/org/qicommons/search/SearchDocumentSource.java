package org.qicommons.search;

import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.qicommons.change.Change;
import org.qicommons.change.Subject;

/**
 * How a feature's things become search documents. Each feature that has something searchable (or
 * whose changes alter documents another feature made) provides one as a CDI bean; the indexer knows
 * no feature and asks every source that listens to a change's subject. A subject no source listens to
 * stops the index from starting, so a new kind of thing cannot be silently left out of search.
 *
 * <p>Both methods are called inside the indexer's read transaction and must only read.
 */
public interface SearchDocumentSource {
    /** The subjects whose changes this source turns into document changes (possibly none for one change). */
    Set<Subject> listensTo();

    /** What one change means for the documents this source makes, from the database as it is now. */
    List<DocumentChange> changesFor(Change change);

    /** Every kind of document this source makes, for a full rebuild. */
    List<DocumentPages> pages();

    /**
     * One kind of document, read page by page in id order for a rebuild.
     *
     * @param count about how many documents there are (for progress: rows change meanwhile)
     * @param reader up to {@code limit} documents with ids after {@code afterId}, in id order
     */
    record DocumentPages(LongSupplier count, PageReader reader) {
        public List<SearchDocument> after(long afterId, int limit) {
            return reader.after(afterId, limit);
        }
    }

    @FunctionalInterface
    interface PageReader {
        List<SearchDocument> after(long afterId, int limit);
    }
}
