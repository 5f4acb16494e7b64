package org.qicommons.access;

/**
 * Whether the viewer being decided for may read a group, as the group policy says. Given by the
 * caller so that this package does not depend on groups: one group's access for one item, or the
 * set of readable groups for a list.
 */
@FunctionalInterface
public interface GroupReaders {
    boolean readsGroup(long groupId);

    /** For a viewer that may read no group (or an item with none). */
    static GroupReaders none() {
        return groupId -> false;
    }
}
