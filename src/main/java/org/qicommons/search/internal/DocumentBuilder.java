package org.qicommons.search.internal;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;

/**
 * The one method that builds an index document from an {@link SearchDocument}. The writer adds the
 * document as it is returned ({@code updateDocument(new Term(KEY, entry.key()), build(entry))}): it
 * and the writer must analyse with {@code new QiAnalyzer(path)} (the index-time chain).
 */
public final class DocumentBuilder {
    /** Facet dimensions, all in {@link IndexFields#FACETS}. */
    public static final String FACET_TYPE = "type";

    public static final String FACET_GROUP = "group";
    public static final String FACET_ORGANISATION_TYPE = "organisationType";

    private static final List<org.commonmark.Extension> MARKDOWN = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(MARKDOWN).build();
    private static final TextContentRenderer PLAIN =
            TextContentRenderer.builder().extensions(MARKDOWN).build();

    private DocumentBuilder() {}

    public static Document build(SearchDocument entry) {
        var doc = new Document();
        // Exact-match keywords: not analysed, so a term query finds them as they are. KEY is what
        // updateDocument replaces by; TYPE and GROUP_ID are the filter clauses (permission, type,
        // group); all are stored because a hit is built from stored fields alone.
        doc.add(new StringField(IndexFields.KEY, entry.key(), Field.Store.YES));
        doc.add(new StringField(IndexFields.TYPE, entry.type().name(), Field.Store.YES));
        doc.add(new StringField(IndexFields.ID, Long.toString(entry.id()), Field.Store.YES));
        // The faceted values together in one sorted doc value: counting reads one per match, column-wise.
        doc.add(new SortedDocValuesField(IndexFields.FACETS, new BytesRef(facets(entry))));
        if (entry.discussionId() != null) {
            doc.add(new StringField(IndexFields.DISCUSSION_ID, Long.toString(entry.discussionId()), Field.Store.YES));
        }
        if (entry.groupId() != null) {
            doc.add(new StringField(IndexFields.GROUP_ID, Long.toString(entry.groupId()), Field.Store.YES));
        }
        if (entry.audience() != null) {
            // one keyword per term, not stored: only the permission filter reads them
            entry.audience().forEach(term -> doc.add(new StringField(IndexFields.AUDIENCE, term, Field.Store.NO)));
        }
        for (SearchDocument.Label label : entry.labels()) {
            // filtered by term, counted from the doc values (see LabelCounter)
            doc.add(new StringField(IndexFields.LABELS, label.dimension() + ":" + label.value(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(
                    IndexFields.LABEL_VALUES,
                    new BytesRef(label.dimension()
                            + IndexFields.FACET_SEPARATOR
                            + label.value()
                            + IndexFields.FACET_SEPARATOR
                            + label.label())));
        }
        if (entry.authorId() != null) {
            doc.add(new StringField(IndexFields.AUTHOR_ID, Long.toString(entry.authorId()), Field.Store.YES));
        }
        // Shown on the hit, never searched: stored only.
        storeIfPresent(doc, IndexFields.AUTHOR_NAME, entry.authorName());
        storeIfPresent(doc, IndexFields.AUTHOR_ORGANISATION, entry.authorOrganisation());
        if (entry.authorOrganisationType() != null) {
            doc.add(new StringField(
                    IndexFields.AUTHOR_ORGANISATION_TYPE, entry.authorOrganisationType(), Field.Store.YES));
        }

        String title = entry.title() == null ? "" : entry.title();
        String body = plainText(entry.body());
        // TEXT: title and body analysed together as ONE field, not stored. Scoring them as separate
        // BM25 fields (even with a title boost) ranks worse on MED: one length norm over the whole
        // text, and a term's frequency counted once, suit short forum posts better.
        // A reply's title is its discussion's: its own words only in TEXT, the title in a field of its
        // own that counts for less (UserQuery), so that a reply matching only through the title it
        // inherits ranks below the posts that say the words themselves.
        boolean reply = entry.type() == HitType.REPLY;
        doc.add(new TextField(IndexFields.TEXT, reply ? body : title + "\n" + body, Field.Store.NO));
        if (reply) {
            doc.add(new TextField(IndexFields.INHERITED_TITLE, title, Field.Store.YES));
        } else {
            // TITLE: analysed again on its own for a small extra clause (a title match counts a
            // little more), and stored for display and suggestions.
            doc.add(new TextField(IndexFields.TITLE, title, Field.Store.YES));
        }
        // BODY: Markdown reduced to plain text, stored only: snippets are highlighted by analysing
        // it again, and plain text means no Markdown syntax in a snippet.
        doc.add(new StoredField(IndexFields.BODY, body));
        // SUGGEST: what autocomplete offers (discussion titles, member and group names), indexed by
        // word prefixes (see QiAnalyzer). Replies carry their discussion's title: not repeated.
        if (entry.type() != HitType.REPLY && !title.isBlank()) {
            doc.add(new TextField(IndexFields.SUGGEST, title, Field.Store.NO));
        }
        // CREATED: a point for date-range filters, a doc value for sorting and recency, stored for
        // display. Epoch milliseconds, never a string.
        if (entry.createdAt() != null) {
            long millis = entry.createdAt().toEpochMilli();
            doc.add(new LongPoint(IndexFields.CREATED, millis));
            doc.add(new NumericDocValuesField(IndexFields.CREATED, millis));
            doc.add(new StoredField(IndexFields.CREATED, millis));
        }
        return doc;
    }

    /** {@code type SEP groupId SEP organisationType}, see {@link IndexFields#FACETS}. */
    static String facets(SearchDocument entry) {
        return entry.type().name()
                + IndexFields.FACET_SEPARATOR
                + (entry.groupId() == null ? "" : entry.groupId())
                + IndexFields.FACET_SEPARATOR
                + (entry.authorOrganisationType() == null ? "" : entry.authorOrganisationType());
    }

    /** Markdown to plain text (what a reader sees, without syntax). */
    static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return PLAIN.render(PARSER.parse(markdown)).strip();
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}
