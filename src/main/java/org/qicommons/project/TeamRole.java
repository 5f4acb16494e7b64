package org.qicommons.project;

/** A member's part in a project; stored by name. */
public enum TeamRole {
    LEAD("Project lead"),
    MEMBER("Team member");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
