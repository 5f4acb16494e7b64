package org.qicommons.search.internal;

import java.time.Instant;
import org.qicommons.search.HitType;

/**
 * Everything the index holds about one thing, read from the database by the indexer and turned into
 * a Lucene document by {@code DocumentBuilder}. Plain values only: the index never sees an entity.
 *
 * @param title discussion title (for a reply: its discussion's title), member or group name
 * @param body opening update, reply text, member job title and bio, or group description (Markdown)
 * @param groupId null for members
 */
public record IndexEntry(
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

    public String key() {
        return key(type, id);
    }

    public static String key(HitType type, long id) {
        return type.name() + ":" + id;
    }
}
