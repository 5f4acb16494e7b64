package org.qicommons.member;

/** What a member may do across the whole site, beyond what their groups give them; stored by name. */
public enum SiteRole {
    /** Grants roles, verifies organisations, reads the audit log, runs the search index; moderates too. */
    ADMINISTRATOR("Administrator"),
    /** Works the moderation queue in every group, locks and moves discussions, suspends members. */
    MODERATOR("Moderator");

    private final String label;

    SiteRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
