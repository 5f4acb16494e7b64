package org.qicommons.project;

/** What a PDSA cycle's team decided when it studied the results; stored by name. */
public enum PdsaDecision {
    ADOPT("Adopt"),
    ADAPT("Adapt"),
    ABANDON("Abandon");

    private final String label;

    PdsaDecision(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
