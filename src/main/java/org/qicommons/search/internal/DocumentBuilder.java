package org.qicommons.search.internal;

import org.apache.lucene.document.Document;

/** The one method that builds an index document from an {@link IndexEntry}. To be written. */
public final class DocumentBuilder {
    private DocumentBuilder() {}

    public static Document build(IndexEntry entry) {
        throw new UnsupportedOperationException("documents: to be written");
    }
}
