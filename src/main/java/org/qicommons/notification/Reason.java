package org.qicommons.notification;

/** Why a member was notified. */
public enum Reason {
    REPLY_TO_YOU,
    /** The post names the member with a mention: {@code [@Name](/member/view.xhtml?id=N)}. */
    MENTION,
    REPLY_IN_FOLLOWED_DISCUSSION,
    NEW_DISCUSSION_IN_GROUP,
    UPDATE_ON_PROJECT,
    POST_BY_FOLLOWED_MEMBER,
    JOIN_REQUEST,
    /** A private message (a conversation's first message, or a reply in it) to a participant. */
    MESSAGE
}
