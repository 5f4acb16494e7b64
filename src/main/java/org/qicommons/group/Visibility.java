package org.qicommons.group;

/** Who can read a group. */
public enum Visibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in member. */
    MEMBERS,
    /** Only the group's members; to everyone else the group does not exist. */
    PRIVATE
}
