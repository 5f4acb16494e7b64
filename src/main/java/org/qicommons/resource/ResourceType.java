package org.qicommons.resource;

/** What kind of tool or learning a resource is; stored by name. */
public enum ResourceType {
    VISUAL_TOOL("Visual tool"),
    MEASUREMENT_TOOL("Measurement tool or run-chart template"),
    DRIVER_DIAGRAM("Driver diagram"),
    PROCESS_MAP("Process map"),
    SURVEY("Survey"),
    CASE_STUDY("Case study"),
    REPORT("Report"),
    PRESENTATION("Presentation"),
    VIDEO("Video"),
    OTHER("Other");

    private final String label;

    ResourceType(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
