package org.qicommons.notification;

/** How much of what a member follows reaches them. */
public enum FollowLevel {
    /** Every new post (in a discussion), discussion (in a group), update (on a project) or post (by a member). */
    EVERYTHING("All activity"),
    /** Only replies to the member's own posts and mentions of them. */
    REPLIES_AND_MENTIONS("Replies to me and mentions"),
    /** Nothing, not even replies to the member's own posts there. */
    MUTED("Muted");

    private final String label;

    FollowLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
