package org.qicommons.discussion;

import java.time.Instant;
import org.qicommons.member.Member;

/**
 * A post as one viewer may see it. {@code body}, {@code html} and {@code excerpt} (its plain text,
 * shortened for streams) are null when the viewer may not
 * see the text (deleted, or hidden by a moderator and the viewer is neither author nor moderator).
 * {@code canFlag}: the viewer is signed in, may read the text and did not write it (a "Flag" link).
 */
public record PostView(
        Post post,
        String body,
        String html,
        String excerpt,
        boolean canEdit,
        boolean canHide,
        boolean canReply,
        boolean canFlag) {

    public Long id() {
        return post.getId();
    }

    public Long discussionId() {
        return post.getDiscussionId();
    }

    public Long replyToId() {
        return post.getReplyToId();
    }

    public int depth() {
        return post.getDepth();
    }

    public Member author() {
        return post.getAuthor();
    }

    public Instant createdAt() {
        return post.getCreatedAt();
    }

    public Instant editedAt() {
        return post.getEditedAt();
    }

    public boolean deleted() {
        return post.isDeleted();
    }

    public boolean hidden() {
        return post.isHidden();
    }

    public boolean textVisible() {
        return body != null;
    }
}
