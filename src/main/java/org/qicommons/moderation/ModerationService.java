package org.qicommons.moderation;

import java.util.List;
import org.qicommons.member.Viewer;

/**
 * Use cases of moderation. A post, discussion or group the viewer may not read answers as not found;
 * one they may read but not moderate is forbidden. Site moderators (and administrators) moderate
 * every group; a group's owners and moderators moderate theirs.
 */
public interface ModerationService {
    int MAX_NOTE = 1000;
    /** Open flags from this many different members hide a post until a moderator reviews it. */
    int FLAGS_TO_HIDE = 3;

    /**
     * A member flags a post they can read (not their own), once; OTHER needs a note. The third open
     * flag from a different member hides the post pending review.
     */
    PostFlag flagPost(Viewer viewer, long postId, String reason, String note);

    /**
     * Flagged posts the viewer moderates, oldest flag first, then the posts hidden already (no open
     * flag; newest first, at most 100), which a moderator may show again; ForbiddenException for
     * non-moderators.
     */
    List<QueueItem> queue(Viewer viewer);

    /** Carries out one action and records it in the audit log. */
    void act(Viewer viewer, ModerationAction action);

    /** Whether the viewer moderates anything at all (site staff, or a group's owner or moderator). */
    boolean isModerator(Viewer viewer);
}
