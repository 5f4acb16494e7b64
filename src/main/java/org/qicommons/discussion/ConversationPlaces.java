package org.qicommons.discussion;

import java.util.List;
import org.qicommons.access.Audience;
import org.qicommons.access.ConversationAccess;
import org.qicommons.member.Viewer;

/**
 * Private conversations as places for discussions, provided by the message feature: only the people
 * in a conversation read and write it.
 */
public interface ConversationPlaces {
    /**
     * The viewer's access to the conversation.
     *
     * @throws org.qicommons.core.NotFoundException "Conversation", when the viewer is not in it
     */
    ConversationAccess access(Viewer viewer, long conversationId);

    /**
     * As {@link #access} for many conversations at once (an inbox page): those the viewer is in, by id,
     * in a fixed few queries whatever their number.
     */
    java.util.Map<Long, ConversationAccess> accessAll(Viewer viewer, java.util.Collection<Long> conversationIds);

    /** Its participants, as an audience (for the search index: only they find it). */
    Audience audience(long conversationId);

    /** The conversations the viewer takes part in. */
    List<Long> conversationsOf(Viewer viewer);
}
