package org.qicommons.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed as its reader may see it: paths are relative to the site (the writer makes them absolute).
 *
 * @param html an entry's content, sanitised HTML (a post as rendered on the site, or a search snippet)
 */
public record Feed(String title, String path, String subtitle, List<Entry> entries) {
    public record Entry(String title, String path, String author, Instant published, Instant updated, String html) {}
}
