package org.qicommons.moderation;

import java.time.Instant;

/**
 * One moderation action, as the API and the pages send it: what to do, to which post, discussion or
 * member, and why. {@code groupSlug} is where MOVE takes a discussion; {@code until} ends a suspension.
 */
public record ModerationAction(
        Kind action, Long postId, Long discussionId, Long memberId, String groupSlug, String reason, Instant until) {

    public enum Kind {
        /** Hide a post (its open flags are upheld). */
        HIDE,
        /** Show a hidden post again, or keep a flagged one (its open flags are dismissed). */
        RESTORE,
        LOCK,
        UNLOCK,
        MOVE,
        /** Site moderators only: the member reads but cannot write until {@code until}. */
        SUSPEND,
        UNSUSPEND
    }
}
