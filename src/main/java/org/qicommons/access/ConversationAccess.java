package org.qicommons.access;

import org.qicommons.member.Viewer;

/**
 * A place where discussions take place (a group, or a project's update stream) as one viewer sees
 * it: what the discussion rules ask of the place, answered by the place's own policy. Discussions
 * never check roles themselves.
 */
public interface ConversationAccess {
    Viewer viewer();

    boolean canRead();

    /** May start a discussion here (post an update). */
    default boolean canStart() {
        return canPost();
    }

    /** May reply here. */
    boolean canPost();

    boolean canModerate();

    /** May edit or delete their own post (authored by {@code authorId}). */
    boolean canChangeOwnPost(Long authorId);

    /** False while the place is frozen (an archived group): read, not written. */
    boolean acceptsWriting();

    /**
     * The viewer reads this one item only because it was shared with their organisation: read,
     * nothing else.
     */
    boolean throughShare();

    /** The place's name, as pages show it ("in …", "on …"). */
    String placeName();

    /** Why {@link #canStart()} or {@link #canPost()} said no, as a sentence's end ("join the group …"). */
    String postingRefused();
}
