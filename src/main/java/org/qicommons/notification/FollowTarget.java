package org.qicommons.notification;

/** What a member can follow. */
public enum FollowTarget {
    DISCUSSION,
    GROUP,
    PROJECT,
    MEMBER
}
