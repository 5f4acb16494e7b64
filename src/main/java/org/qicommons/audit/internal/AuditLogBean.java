package org.qicommons.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qicommons.audit.AuditAction;
import org.qicommons.audit.AuditEvent;
import org.qicommons.audit.AuditLog;
import org.qicommons.audit.AuditTarget;
import org.qicommons.core.Checks;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.Member;
import org.qicommons.member.SiteRoleService;
import org.qicommons.member.Viewer;

@ApplicationScoped
public class AuditLogBean implements AuditLog {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    SiteRoleService siteRoles;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(Long actorId, AuditAction action, AuditTarget target, String reason, String detail) {
        Member actor = actorId == null ? null : em.find(Member.class, actorId);
        AuditEvent event =
                new AuditEvent(Instant.now(), actor, action, target, clip(reason, MAX_REASON), clip(detail, 1000));
        em.persist(event);
        return event;
    }

    @Override
    @Transactional
    public AuditPage find(Viewer viewer, Filter filter) {
        siteRoles.requireAdministrator(viewer, "read the audit log");
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new InvalidInputException("to", "must be after from");
        }
        int size = Checks.pageSize(filter.size(), 50, MAX_PAGE_SIZE);
        int page = filter.page();
        if (page < 0 || page > 100_000) {
            throw new InvalidInputException("page", "must be between 0 and 100000");
        }
        List<String> where = new ArrayList<>();
        if (filter.actorId() != null) {
            where.add("e.actor.id = :actor");
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
        }
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
        }
        TypedQuery<AuditEvent> query = em.createQuery(
                "select e from AuditEvent e"
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class);
        if (filter.actorId() != null) {
            query.setParameter("actor", filter.actorId());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        List<AuditEvent> events = query.setHint("eclipselink.left-join-fetch", "e.actor")
                .setFirstResult(page * size)
                .setMaxResults(size + 1)
                .getResultList();
        boolean more = events.size() > size;
        return new AuditPage(more ? events.subList(0, size) : events, page, size, more);
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
