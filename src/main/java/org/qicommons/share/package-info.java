/**
 * Sharing an item that is not public with a named organisation, with consent: a member asks with a
 * reason, the item's author (or an owner of a discussion's group) approves or declines, and the
 * organisation's verified members then read exactly that item until the share is withdrawn. Every
 * step is kept (who, when, why). What a share opens is decided by {@link
 * org.qicommons.access.AccessPolicy}; this package only records consent.
 */
package org.qicommons.share;
