package org.qicommons.group.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.qicommons.change.Change;
import org.qicommons.change.Subject;
import org.qicommons.group.Group;
import org.qicommons.search.DocumentChange;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchDocumentSource;

/**
 * Groups as search documents: name and description, filed under the group itself, so a private
 * group is found only by those who may read it. Memberships change who may read, not any document:
 * the permission filter reads memberships from the database at query time, so they change nothing
 * here (listened to, so that saying so is a decision and not an omission).
 */
@ApplicationScoped
@Transactional
public class GroupDocuments implements SearchDocumentSource {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Override
    public Set<Subject> listensTo() {
        return Set.of(Subject.GROUP, Subject.MEMBERSHIP);
    }

    @Override
    public List<DocumentChange> changesFor(Change change) {
        return switch (change.subject()) {
            case GROUP ->
                List.of(DocumentChange.putOrRemove(
                        HitType.GROUP,
                        change.subjectId(),
                        em.find(Group.class, change.subjectId()),
                        GroupDocuments::document));
            case MEMBERSHIP -> List.of();
            default -> throw new IllegalArgumentException("not listening to " + change.subject());
        };
    }

    @Override
    public List<DocumentPages> pages() {
        return List.of(new DocumentPages(
                () -> em.createQuery("select count(g) from GroupEntity g", Long.class)
                        .getSingleResult(),
                (afterId, limit) -> em.createQuery(
                                "select g from GroupEntity g where g.id > :after order by g.id", Group.class)
                        .setParameter("after", afterId)
                        .setMaxResults(limit)
                        .getResultStream()
                        .map(GroupDocuments::document)
                        .toList()));
    }

    private static SearchDocument document(Group group) {
        return new SearchDocument(
                HitType.GROUP,
                group.getId(),
                null,
                group.getId(),
                group.getName(),
                group.getDescription() == null ? "" : group.getDescription(),
                null,
                null,
                null,
                null,
                group.getCreatedAt());
    }
}
