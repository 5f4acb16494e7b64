package org.qicommons.message;

import java.util.Set;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.discussion.Discussion;
import org.qicommons.member.Viewer;

/** Private conversations and blocking. */
public interface MessageService {
    /** Besides the one who starts it. */
    int MAX_OTHERS = 9;

    /**
     * Starts a conversation with these members (its first message): 400 on {@code to} for nobody,
     * oneself, too many or a member who does not exist; 403 when one of them has blocked the sender.
     */
    Discussion startConversation(Viewer viewer, Set<Long> to, String title, String body);

    /** The viewer's conversations, most recently active first. */
    ActivityPage inbox(Viewer viewer, String cursor, int size);

    void block(Viewer viewer, long memberId);

    void unblock(Viewer viewer, long memberId);

    boolean blocks(Viewer viewer, long memberId);

    /** Those among {@code members} who have blocked {@code memberId}: nothing of theirs is notified to them. */
    java.util.List<Long> blockersAmong(long memberId, java.util.Collection<Long> members);
}
