package org.qicommons.project;

/** Where the care a project improves happens; stored by name. */
public enum Setting {
    CARE_HOMES("Care homes"),
    COMMUNITY("Community"),
    ACUTE("Acute (hospital)"),
    PRIMARY_CARE("Primary care"),
    MENTAL_HEALTH("Mental health"),
    SOCIAL_CARE("Social care"),
    OTHER("Other");

    private final String label;

    Setting(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
