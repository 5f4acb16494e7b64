package org.qicommons.share;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qicommons.member.Viewer;

/**
 * The Shared learning area: the projects and resources organisations chose to make public, and the
 * projects, resources and discussions they shared with the viewer's organisation, newest first. It is what a
 * regulator signing in comes to read.
 */
public interface SharedLearning {
    int PAGE_SIZE = 20;

    SharedLearningPage find(Viewer viewer, Filter filter);

    /**
     * Filters by name (as the enums spell them), each optional; {@code from}/{@code to} as
     * yyyy-mm-dd (inclusive). A project-only filter (setting, stage, equity focus) leaves discussions
     * and resources out; organisation type applies to projects and resources (their maker), so it
     * leaves discussions out.
     */
    record Filter(
            String setting,
            String stage,
            String equityFocus,
            String organisationType,
            String from,
            String to,
            int page) {}

    /**
     * One thing in the list.
     *
     * @param kind PROJECT, RESOURCE or DISCUSSION
     * @param stage a project's stage, or a resource's kind
     * @param sharedWithYou shared with the viewer's organisation (rather than public)
     * @param since when it was shared (or, for a public project, last changed)
     */
    record Item(
            String kind,
            long id,
            String title,
            String summary,
            String path,
            String setting,
            String stage,
            List<String> equityFocus,
            List<String> organisations,
            String by,
            boolean sharedWithYou,
            Instant since) {}

    /** Items of one week (weeks start on Monday), for the weekly "what's new" view. */
    record Week(LocalDate monday, List<Item> items) {}

    record SharedLearningPage(List<Item> items, List<Week> weeks, int page, boolean hasMore) {}
}
