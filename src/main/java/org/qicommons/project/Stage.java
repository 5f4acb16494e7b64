package org.qicommons.project;

/** How far a project has gone; stored by name, in the order a project usually passes them. */
public enum Stage {
    IDEA("Idea"),
    PLANNING("Planning"),
    TESTING("Testing changes"),
    IMPLEMENTING("Implementing"),
    SPREADING("Spreading"),
    SUSTAINED("Sustained"),
    STOPPED("Stopped");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
