package org.qicommons.message.internal;

import org.qicommons.access.ConversationAccess;
import org.qicommons.member.Viewer;

/**
 * A private conversation as one of its participants sees it: they read and write it; nobody else
 * reaches it at all (a non-participant gets "not found" before an access is made). No one moderates
 * it from outside; a participant may flag a message, which puts it before the site's moderators.
 */
record PrivateAccess(Viewer viewer, String placeName) implements ConversationAccess {
    @Override
    public boolean canRead() {
        return true;
    }

    /** Its first message starts its thread (the message service does that, as the conversation is made). */
    @Override
    public boolean canStart() {
        return viewer.signedIn();
    }

    @Override
    public boolean canPost() {
        return viewer.signedIn();
    }

    @Override
    public boolean canModerate() {
        return false;
    }

    @Override
    public boolean canChangeOwnPost(Long authorId) {
        return viewer.is(authorId);
    }

    @Override
    public boolean acceptsWriting() {
        return true;
    }

    @Override
    public boolean throughShare() {
        return false;
    }

    @Override
    public String postingRefused() {
        return "only the people in this conversation write in it";
    }
}
