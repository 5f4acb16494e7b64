package org.qicommons.notification;

import org.qicommons.member.Viewer;

/** What a member follows. Following something needs being able to read it. */
public interface FollowService {
    /** The viewer's level for the target, or null when they do not follow it. */
    FollowLevel levelOf(Viewer viewer, FollowTarget target, long targetId);

    FollowLevel follow(Viewer viewer, FollowTarget target, long targetId, FollowLevel level);

    void unfollow(Viewer viewer, FollowTarget target, long targetId);
}
