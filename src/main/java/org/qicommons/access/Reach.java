package org.qicommons.access;

/**
 * How far an item reaches before anything is shared: stored by name. The team (and an author) always
 * reads; an approved share adds one organisation at a time (see {@link Audience}).
 */
public enum Reach {
    PUBLIC("Everyone, signed in or not"),
    MEMBERS("Signed-in members"),
    GROUP("Members of one group"),
    TEAM("The team only");

    private final String label;

    Reach(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
