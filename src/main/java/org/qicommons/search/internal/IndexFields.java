package org.qicommons.search.internal;

/**
 * The one place that names the index fields. Every document has {@link #KEY} (unique: type and id,
 * e.g. "REPLY:123"), {@link #TYPE} and {@link #ID}. Field types and why are documented where the
 * document is built ({@code DocumentBuilder}).
 */
public final class IndexFields {
    /** "TYPE:id", the term {@code updateDocument} replaces by. */
    public static final String KEY = "key";

    public static final String TYPE = "type";
    public static final String ID = "id";
    public static final String DISCUSSION_ID = "discussionId";
    /** The group the content belongs to; absent on members (profiles are public). */
    public static final String GROUP_ID = "groupId";
    /**
     * A discussion's (or group's, or member's) own title, searched for a small bonus and stored;
     * replies have {@link #INHERITED_TITLE} instead ({@link #shownTitle}).
     */
    public static final String TITLE = "title";
    /**
     * The searchable text: a discussion's title and body analysed together (see docs/search.md on why
     * one field); a reply's own body only.
     */
    public static final String TEXT = "text";
    /**
     * A reply's discussion title, searched with a low weight (a reply that only matches through the
     * title it inherits ranks below posts whose own words match) and stored for display.
     */
    public static final String INHERITED_TITLE = "inheritedTitle";
    /** The body alone, stored for snippets. */
    public static final String BODY = "body";

    /**
     * Who may read a thing the access policy decides for (projects): its {@code Audience.terms()},
     * matched against the viewer's terms. Absent on posts and groups (filed under {@link #GROUP_ID}).
     */
    public static final String AUDIENCE = "audience";

    /** A project's or resource's facet values as filter terms, {@code dimension:value}. */
    public static final String LABELS = "labels";

    /**
     * The same facet values for counting, one sorted-set doc value each: {@code dimension SEP value SEP
     * label}, so that a count comes with the words to show.
     */
    public static final String LABEL_VALUES = "labelValues";

    public static final String AUTHOR_ID = "authorId";
    public static final String AUTHOR_NAME = "authorName";
    public static final String AUTHOR_ORGANISATION = "authorOrganisation";
    public static final String AUTHOR_ORGANISATION_TYPE = "organisationType";
    /** Creation time in epoch milliseconds (points for ranges, doc values for recency and sorting). */
    public static final String CREATED = "created";
    /**
     * The facet values of a document in one sorted doc value, {@code type SEP groupId SEP
     * organisationType} (empty parts where there is none): counting facets reads one value per match.
     */
    public static final String FACETS = "facets";

    /** Separates the parts of {@link #FACETS} (a control character, never in a value). */
    public static final char FACET_SEPARATOR = '\u001f';

    /** Text suggestions are made from (titles, group names, member names). */
    public static final String SUGGEST = "suggest";

    private IndexFields() {}

    /** The title a hit shows: its own, or for a reply its discussion's. */
    public static String shownTitle(org.apache.lucene.document.Document doc) {
        String own = doc.get(TITLE);
        return own != null ? own : doc.get(INHERITED_TITLE);
    }
}
