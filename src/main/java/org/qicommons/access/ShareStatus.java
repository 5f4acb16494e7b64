package org.qicommons.access;

/** Where a share stands; stored by name. Only APPROVED opens the item to the organisation. */
public enum ShareStatus {
    REQUESTED,
    APPROVED,
    DECLINED,
    WITHDRAWN
}
