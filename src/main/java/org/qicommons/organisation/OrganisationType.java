package org.qicommons.organisation;

/** The kinds of organisation in health and care; stored by name. */
public enum OrganisationType {
    NHS_TRUST("NHS trust"),
    ICB("Integrated care board"),
    PRIMARY_CARE("Primary care"),
    COMMUNITY_PROVIDER("Community provider"),
    CARE_HOME("Care home"),
    REGULATOR("Regulator"),
    LOCAL_AUTHORITY("Local authority"),
    VCSE("Voluntary, community or social enterprise"),
    ACADEMIC("Academic"),
    OTHER("Other");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
