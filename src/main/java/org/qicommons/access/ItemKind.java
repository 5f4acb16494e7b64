package org.qicommons.access;

/** The kinds of item that can be shared with an organisation; stored by name. */
public enum ItemKind {
    DISCUSSION,
    PROJECT,
    RESOURCE
}
