package org.qicommons.audit;

/** The actions the audit log records; stored by name. */
public enum AuditAction {
    SET_SITE_ROLES("Changed site roles"),
    VERIFY_ORGANISATION("Verified an organisation"),
    UNVERIFY_ORGANISATION("Withdrew an organisation's verification"),
    FLAG_POST("Flagged a post"),
    AUTO_HIDE_POST("Hid a post after three flags"),
    HIDE_POST("Hid a post"),
    RESTORE_POST("Restored a post"),
    DISMISS_FLAGS("Dismissed flags on a post"),
    LOCK_DISCUSSION("Locked a discussion"),
    UNLOCK_DISCUSSION("Unlocked a discussion"),
    MOVE_DISCUSSION("Moved a discussion"),
    SUSPEND_MEMBER("Suspended a member"),
    UNSUSPEND_MEMBER("Lifted a suspension"),
    REMOVE_GROUP_MEMBER("Removed a member from a group"),
    CHANGE_GROUP_ROLE("Changed a member's group role");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
