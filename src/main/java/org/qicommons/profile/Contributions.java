package org.qicommons.profile;

import java.time.Instant;
import java.util.List;

/** A member's contributions that one viewer may read; paths are relative to the site. */
public record Contributions(List<Link> posts, List<Link> projects, List<Link> resources, List<Link> groups) {
    /** @param at when it was written (posts, resources) or last changed (projects); null for groups */
    public record Link(String title, String path, Instant at) {}
}
