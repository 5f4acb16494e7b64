package org.qicommons.resource;

/** On what terms others may reuse a resource; stored by name. */
public enum Licence {
    OGL("Open Government Licence"),
    CC_BY("Creative Commons Attribution (CC BY)"),
    CC_BY_SA("Creative Commons Attribution-ShareAlike (CC BY-SA)"),
    CC_BY_NC("Creative Commons Attribution-NonCommercial (CC BY-NC)"),
    ALL_RIGHTS_RESERVED("All rights reserved: ask before reusing"),
    OTHER("Other: see the description");

    private final String label;

    Licence(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
