package org.qicommons.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which organisations an item has been shared with (approved and not withdrawn): the {@link
 * Audience#organisations()} of items. Implemented by the share feature; features that own items ask
 * it, so that they need not know how sharing is asked for and agreed.
 */
public interface Shares {
    /**
     * JPQL condition true when the item whose id is {@code idExpression} (of kind {@code kind}) is
     * shared with {@code :organisationId} (see {@link AccessPolicy#organisationIdParameter}).
     */
    static String sharedWithViewer(ItemKind kind, String idExpression) {
        return "exists (select s.id from Share s where s.itemKind = org.qicommons.access.ItemKind." + kind.name()
                + " and s.itemId = " + idExpression + " and s.organisationId = :organisationId"
                + " and s.status = org.qicommons.access.ShareStatus.APPROVED)";
    }

    Set<Long> organisationsOf(ItemKind kind, long itemId);

    /** The item a share is about (for consumers of the change log, which names the share); empty if none. */
    java.util.Optional<SharedItem> itemOf(long shareId);

    record SharedItem(ItemKind kind, long itemId) {}

    /** For several items at once (lists, index rebuilds): items shared with nobody are left out. */
    Map<Long, Set<Long>> organisationsOf(ItemKind kind, Collection<Long> itemIds);
}
