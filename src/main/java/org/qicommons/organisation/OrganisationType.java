package org.qicommons.organisation;

/** The kinds of organisation in health and care; stored by name. */
public enum OrganisationType {
    NHS_TRUST("NHS trust", true),
    ICB("Integrated care board", true),
    PRIMARY_CARE("Primary care", false),
    COMMUNITY_PROVIDER("Community provider", false),
    CARE_HOME("Care home", false),
    REGULATOR("Regulator", true),
    LOCAL_AUTHORITY("Local authority", true),
    VCSE("Voluntary, community or social enterprise", false),
    ACADEMIC("Academic", false),
    OTHER("Other", false);

    private final String label;
    private final boolean official;

    OrganisationType(String label, boolean official) {
        this.label = label;
        this.official = official;
    }

    /**
     * A statutory body whose name carries weight (its staff see what is shared with it, people
     * trust what it says): such an organisation counts only once a site administrator verifies it.
     */
    public boolean isOfficial() {
        return official;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
