package org.qicommons.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * TEMPORARY body for the search-index branch only, so its tests can write documents; replaced by the
 * query side's DocumentBuilder at merge.
 */
public final class DocumentBuilder {
    private DocumentBuilder() {}

    public static Document build(IndexEntry entry) {
        Document document = new Document();
        document.add(new StringField(IndexFields.KEY, entry.key(), Field.Store.YES));
        document.add(new StringField(IndexFields.TYPE, entry.type().name(), Field.Store.YES));
        document.add(new StringField(IndexFields.ID, Long.toString(entry.id()), Field.Store.YES));
        if (entry.groupId() != null) {
            document.add(new StringField(IndexFields.GROUP_ID, Long.toString(entry.groupId()), Field.Store.YES));
        }
        if (entry.title() != null) {
            document.add(new StoredField(IndexFields.TITLE, entry.title()));
        }
        if (entry.authorName() != null) {
            document.add(new StoredField(IndexFields.AUTHOR_NAME, entry.authorName()));
        }
        String text = (entry.title() == null ? "" : entry.title()) + "\n" + (entry.body() == null ? "" : entry.body());
        document.add(new TextField(IndexFields.TEXT, text, Field.Store.YES));
        return document;
    }
}
