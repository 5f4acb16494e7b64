package org.qicommons.feed;

import org.qicommons.member.Viewer;

/** Feeds, each "not found" exactly when its page would be for the same reader. */
public interface FeedService {
    int ENTRIES = 20;

    Feed group(Viewer viewer, String slug);

    Feed project(Viewer viewer, long projectId);

    /** What the member wrote (updates and replies) that the reader may read. */
    Feed member(Viewer viewer, long memberId);

    /** A saved search: the newest matches the reader may read. */
    Feed search(Viewer viewer, String query);
}
