package org.qicommons.search;

import java.time.Instant;
import java.util.List;
import org.qicommons.member.Member;
import org.qicommons.organisation.OrganisationType;

/**
 * Everything the index holds about one thing, made from the database by the feature that owns it (a
 * {@link SearchDocumentSource}) and turned into a Lucene document inside search. Plain values only:
 * the index never sees an entity.
 *
 * @param title discussion title (for a reply: its discussion's title), member or group name
 * @param body opening update, reply text, member job title and bio, or group description (Markdown)
 * @param groupId null for members and for things with an audience of their own
 * @param audience for a thing whose readers the access policy decides (a project): {@code
 *     Audience.terms()}; null for posts and groups (filed under their group) and members (public)
 */
public record SearchDocument(
        HitType type,
        long id,
        Long discussionId,
        Long groupId,
        String title,
        String body,
        Long authorId,
        String authorName,
        String authorOrganisation,
        String authorOrganisationType,
        Instant createdAt,
        List<String> audience,
        List<Label> labels) {

    /**
     * A facet value of a project or resource: {@code dimension} one of {@code
     * SearchQuery.LABEL_DIMENSIONS}, {@code value} what a filter names, {@code label} what people read.
     */
    public record Label(String dimension, String value, String label) {}

    public SearchDocument {
        audience = audience == null ? null : List.copyOf(audience);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A document filed under its group (or, without one, public). */
    public SearchDocument(
            HitType type,
            long id,
            Long discussionId,
            Long groupId,
            String title,
            String body,
            Long authorId,
            String authorName,
            String authorOrganisation,
            String authorOrganisationType,
            Instant createdAt) {
        this(
                type,
                id,
                discussionId,
                groupId,
                title,
                body,
                authorId,
                authorName,
                authorOrganisation,
                authorOrganisationType,
                createdAt,
                null,
                null);
    }

    /**
     * A document written by a member: their name and organisation are shown on the hit, and the
     * organisation's type is a facet only where the organisation vouches for them.
     */
    public static SearchDocument writtenBy(
            Member author,
            HitType type,
            long id,
            Long discussionId,
            Long groupId,
            String title,
            String body,
            Instant createdAt) {
        OrganisationType organisationType = author.vouchedOrganisationType();
        return new SearchDocument(
                type,
                id,
                discussionId,
                groupId,
                title,
                body,
                author.getId(),
                author.getDisplayName(),
                author.organisationName(),
                organisationType == null ? null : organisationType.name(),
                createdAt);
    }

    /** The same document, readable by exactly this audience (see {@code Audience.terms()}). */
    public SearchDocument withAudience(List<String> terms) {
        return with(terms, labels);
    }

    /** The same document, with these facet values. */
    public SearchDocument withLabels(List<Label> values) {
        return with(audience, values);
    }

    private SearchDocument with(List<String> newAudience, List<Label> newLabels) {
        return new SearchDocument(
                type,
                id,
                discussionId,
                groupId,
                title,
                body,
                authorId,
                authorName,
                authorOrganisation,
                authorOrganisationType,
                createdAt,
                newAudience,
                newLabels);
    }

    public String key() {
        return key(type, id);
    }

    public static String key(HitType type, long id) {
        return type.name() + ":" + id;
    }
}
