package org.qicommons.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostInPlace;
import org.qicommons.member.Viewer;

/**
 * Whether a recipient may read a post, asked outside the notifier's transaction. Why: deciding it can
 * meet "not found" on the way (a group the recipient left), and an exception inside a transactional
 * bean marks the caller's transaction for rollback, which would undo the whole pass and stop the
 * notifier at that entry for good. Here the question runs in a transaction of its own.
 */
@ApplicationScoped
public class RecipientReads {
    @Inject
    DiscussionService discussions;

    /** The post as the member may see it now, or null when they may not read it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PostInPlace post(Viewer recipient, long postId) {
        return discussions.readablePosts(recipient, List.of(postId)).get(postId);
    }
}
