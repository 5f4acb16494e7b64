package org.qicommons.project.internal;

import org.qicommons.access.ConversationAccess;
import org.qicommons.member.Viewer;

/**
 * A project's update stream as one viewer sees it, decided by the access policy from the project's
 * audience: its team posts updates; whoever reads the project through its reach or its team (not
 * only through a share with their organisation) replies; site moderators moderate.
 *
 * @param readsWithoutShare the viewer reads the project by its reach or its team, not only because it
 *     was shared with their organisation
 */
record ProjectUpdatesAccess(
        Viewer viewer, String placeName, boolean onTeam, boolean readsWithoutShare, boolean canModerate)
        implements ConversationAccess {

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canStart() {
        return onTeam;
    }

    @Override
    public boolean canPost() {
        return viewer.signedIn() && readsWithoutShare;
    }

    @Override
    public boolean canChangeOwnPost(Long authorId) {
        return canPost() && viewer.is(authorId);
    }

    @Override
    public boolean acceptsWriting() {
        return true;
    }

    @Override
    public boolean throughShare() {
        return !readsWithoutShare;
    }

    @Override
    public String postingRefused() {
        if (!viewer.signedIn()) {
            return "sign in to post";
        }
        if (!readsWithoutShare) {
            return "this project was shared with your organisation to read, not to post in";
        }
        return "only the project's team posts updates on it; anyone who reads it can reply";
    }
}
