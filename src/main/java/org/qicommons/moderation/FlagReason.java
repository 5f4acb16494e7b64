package org.qicommons.moderation;

/** Why a member flags a post; stored by name. */
public enum FlagReason {
    SPAM("Spam or advertising"),
    OFFENSIVE("Offensive or abusive"),
    PATIENT_INFORMATION("Confidential patient information"),
    OTHER("Something else");

    private final String label;

    FlagReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
