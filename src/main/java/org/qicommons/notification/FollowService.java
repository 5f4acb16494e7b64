package org.qicommons.notification;

import org.qicommons.member.Viewer;

/** What a member follows. Following something needs being able to read it. */
public interface FollowService {
    /** The viewer's level for the target, or null when they do not follow it. */
    FollowLevel levelOf(Viewer viewer, FollowTarget target, long targetId);

    /**
     * As {@link #levelOf} without checking that the viewer may read the target: for pages that have
     * read it already (one query instead of several on every signed-in page that shows the menu).
     */
    FollowLevel levelOnReadPage(Viewer viewer, FollowTarget target, long targetId);

    FollowLevel follow(Viewer viewer, FollowTarget target, long targetId, FollowLevel level);

    void unfollow(Viewer viewer, FollowTarget target, long targetId);
}
