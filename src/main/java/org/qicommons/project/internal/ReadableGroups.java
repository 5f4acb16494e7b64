package org.qicommons.project.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qicommons.group.PermissionPolicy;
import org.qicommons.member.Viewer;
import org.qicommons.project.ProjectView.GroupLink;

/** Which of some groups a viewer may read, by the group policy's own JPQL: one query. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ReadableGroups {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    Map<Long, GroupLink> among(Viewer viewer, Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(
                        "select g.id, g.slug, g.name from GroupEntity g where g.id in :ids and "
                                + PermissionPolicy.READABLE_GROUP
                                + " order by g.name",
                        Object[].class)
                .setParameter("ids", groupIds)
                .setParameter("signedIn", viewer.signedIn())
                .setParameter("viewerId", PermissionPolicy.viewerIdParameter(viewer))
                .getResultList();
        Map<Long, GroupLink> readable = new LinkedHashMap<>();
        for (Object[] row : rows) {
            readable.put((Long) row[0], new GroupLink((Long) row[0], (String) row[1], (String) row[2]));
        }
        return readable;
    }

    /** Whether the group exists at all (a project may not be made private to a group that does not). */
    boolean exists(long groupId) {
        return em.createQuery("select count(g) from GroupEntity g where g.id = :id", Long.class)
                        .setParameter("id", groupId)
                        .getSingleResult()
                > 0;
    }
}
