package org.qicommons.search.internal;

import java.util.List;
import java.util.Map;

/**
 * What one viewer may read, as the index needs it: the groups whose content they may see (from the
 * permission policy, read from the database for each search, so a membership change counts at once),
 * with each group's slug and name for facets and hits; and the viewer's terms of the access policy
 * ({@code AccessPolicy.viewerTerms}) for things with an audience of their own. Member profiles are public.
 */
public record ReadableScope(Map<Long, GroupLabel> readableGroups, List<String> audienceTerms) {

    /** A scope of groups alone (no item with an audience of its own is readable through it). */
    public ReadableScope(Map<Long, GroupLabel> readableGroups) {
        this(readableGroups, List.of());
    }

    public record GroupLabel(String slug, String name) {}

    public Long groupIdOf(String slug) {
        return readableGroups.entrySet().stream()
                .filter(group -> group.getValue().slug().equals(slug))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }
}
