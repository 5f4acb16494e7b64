package org.qicommons.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.ThreadView;
import org.qicommons.group.Group;
import org.qicommons.group.GroupService;
import org.qicommons.group.GroupSummary;
import org.qicommons.group.PermissionPolicy;
import org.qicommons.member.Member;
import org.qicommons.moderation.ModerationAction;
import org.qicommons.moderation.ModerationService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * The moderators' controls on a discussion's page: lock or unlock it, move it to another group.
 * The page shows them to the group's owners and moderators and to site moderators; the service
 * decides again when they are used.
 */
@Named
@RequestScoped
public class DiscussionModeration {
    @Inject
    ModerationService moderation;

    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    private String reason;
    private String targetGroup;
    private List<Group> moveTargets;

    /**
     * Whether the viewer moderates this discussion. No query: the group access came with the thread,
     * and the member is loaded for the page header anyway.
     */
    public boolean moderates(ThreadView thread) {
        return thread.access().canModerate() || isSiteModerator();
    }

    private boolean isSiteModerator() {
        Member member = current.getMember();
        return member != null && member.isSiteModerator();
    }

    /**
     * Where the discussion may go: the other groups the viewer moderates (all they can read, for a
     * site moderator) that are not archived. Asked only on a moderator's page.
     */
    public List<Group> moveTargets(Discussion discussion) {
        if (discussion.getGroup() == null) {
            return List.of(); // an update stays with its project, a message with its conversation
        }
        if (moveTargets == null) {
            boolean everywhere = isSiteModerator();
            moveTargets = groups.listGroups(current.viewer()).stream()
                    .filter(summary -> everywhere || moderatesGroup(summary))
                    .map(GroupSummary::group)
                    .filter(group -> !group.getId().equals(discussion.getGroup().getId()))
                    .filter(PermissionPolicy::acceptsWriting)
                    .toList();
        }
        return moveTargets;
    }

    private boolean moderatesGroup(GroupSummary summary) {
        return summary.mine() != null
                && PermissionPolicy.canModerate(
                        summary.group().getVisibility(),
                        current.viewer(),
                        summary.mine().activeRole());
    }

    public void lock(Discussion discussion, boolean locked, String returnTo) {
        act(
                new ModerationAction(
                        locked ? ModerationAction.Kind.LOCK : ModerationAction.Kind.UNLOCK,
                        null,
                        discussion.getId(),
                        null,
                        null,
                        reason,
                        null),
                locked
                        ? "The discussion is locked: only moderators can reply now."
                        : "The discussion is unlocked: members can reply again.",
                returnTo);
    }

    public void move(Discussion discussion) {
        act(
                new ModerationAction(
                        ModerationAction.Kind.MOVE, null, discussion.getId(), null, targetGroup, reason, null),
                "The discussion has been moved.",
                "/discussion/view.xhtml?id=" + discussion.getId());
    }

    /** Errors go to the top of the page: the controls are folded away under "Moderate this discussion". */
    private void act(ModerationAction action, String done, String then) {
        Pages.change(() -> moderation.act(current.viewer(), action), done, then);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }
}
