package org.qicommons.search;

import java.time.Instant;

/**
 * One result. {@code snippet} is HTML: escaped text with the matched words in {@code <mark>}.
 * {@code url} is the page to open (for a reply, the reply inside its thread). Author and group
 * fields are null where they do not apply (a member or group hit).
 */
public record SearchHit(
        HitType type,
        long id,
        Long discussionId,
        String title,
        String snippet,
        Long authorId,
        String authorName,
        String authorOrganisation,
        String authorOrganisationType,
        String groupSlug,
        String groupName,
        Instant createdAt,
        String url) {}
