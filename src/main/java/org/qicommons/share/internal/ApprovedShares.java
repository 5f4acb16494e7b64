package org.qicommons.share.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Shares;

/** The organisations items are open to, from approved shares: one query per item or per list. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApprovedShares implements Shares {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Override
    public Set<Long> organisationsOf(ItemKind kind, long itemId) {
        return organisationsOf(kind, List.of(itemId)).getOrDefault(itemId, Set.of());
    }

    @Override
    public java.util.Optional<SharedItem> itemOf(long shareId) {
        return em.createQuery("select s.itemKind, s.itemId from Share s where s.id = :id", Object[].class)
                .setParameter("id", shareId)
                .getResultStream()
                .findFirst()
                .map(row -> new SharedItem((ItemKind) row[0], (Long) row[1]));
    }

    @Override
    public Map<Long, Set<Long>> organisationsOf(ItemKind kind, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> byItem = new HashMap<>();
        em.createQuery(
                        "select s.itemId, s.organisationId from Share s where s.itemKind = :kind"
                                + " and s.itemId in :ids and s.status = org.qicommons.access.ShareStatus.APPROVED",
                        Object[].class)
                .setParameter("kind", kind)
                .setParameter("ids", List.copyOf(new HashSet<>(itemIds)))
                .getResultStream()
                .forEach(row -> byItem.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                        .add((Long) row[1]));
        return byItem;
    }
}
