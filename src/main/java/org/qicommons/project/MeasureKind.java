package org.qicommons.project;

/** The three kinds of measure of the Model for Improvement; stored by name. */
public enum MeasureKind {
    OUTCOME("Outcome measure"),
    PROCESS("Process measure"),
    BALANCING("Balancing measure");

    private final String label;

    MeasureKind(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
