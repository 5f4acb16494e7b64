package org.qicommons.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.group.GroupService;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.notification.Follow;
import org.qicommons.notification.FollowLevel;
import org.qicommons.notification.FollowService;
import org.qicommons.notification.FollowTarget;
import org.qicommons.project.ProjectService;

/**
 * Follows, each checked against what the viewer may read: following something one cannot read is
 * "not found", as reading it would be (and the notifications check again when they are made).
 */
@ApplicationScoped
@Transactional
public class FollowServiceBean implements FollowService {
    @Inject
    Follows follows;

    @Inject
    DiscussionService discussions;

    @Inject
    GroupService groups;

    @Inject
    ProjectService projects;

    @Inject
    MemberService members;

    @Override
    public FollowLevel levelOf(Viewer viewer, FollowTarget target, long targetId) {
        if (!viewer.signedIn()) {
            return null;
        }
        requireReadable(viewer, target, targetId);
        return follows.of(viewer.memberId(), target, targetId)
                .map(Follow::getLevel)
                .orElse(null);
    }

    @Override
    public FollowLevel levelOnReadPage(Viewer viewer, FollowTarget target, long targetId) {
        if (!viewer.signedIn()) {
            return null;
        }
        return follows.of(viewer.memberId(), target, targetId)
                .map(Follow::getLevel)
                .orElse(null);
    }

    @Override
    public FollowLevel follow(Viewer viewer, FollowTarget target, long targetId, FollowLevel level) {
        requireSignedIn(viewer);
        if (level == null) {
            throw new InvalidInputException("level", "must be one of EVERYTHING, REPLIES_AND_MENTIONS, MUTED");
        }
        requireReadable(viewer, target, targetId);
        if (target == FollowTarget.MEMBER && viewer.is(targetId)) {
            throw new InvalidInputException("memberId", "is you: you cannot follow yourself");
        }
        return follows.set(viewer.memberId(), target, targetId, level).getLevel();
    }

    @Override
    public void unfollow(Viewer viewer, FollowTarget target, long targetId) {
        requireSignedIn(viewer);
        requireReadable(viewer, target, targetId);
        follows.remove(viewer.memberId(), target, targetId);
    }

    private void requireReadable(Viewer viewer, FollowTarget target, long targetId) {
        switch (target) {
            case DISCUSSION -> discussions.findOpeningPost(viewer, targetId);
            case GROUP -> {
                if (groups.readableGroups(viewer, List.of(targetId)).isEmpty()) {
                    throw new NotFoundException("Group");
                }
            }
            case PROJECT -> projects.findProject(viewer, targetId);
            case MEMBER -> members.findMember(targetId);
        }
    }

    private static void requireSignedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("sign in to follow");
        }
    }
}
