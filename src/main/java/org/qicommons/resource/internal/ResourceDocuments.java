package org.qicommons.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Shares;
import org.qicommons.change.Change;
import org.qicommons.change.Subject;
import org.qicommons.member.Member;
import org.qicommons.resource.Adaptation;
import org.qicommons.resource.Resource;
import org.qicommons.search.DocumentChange;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchDocumentSource;

/**
 * Resources as search documents: title, description, type, licence, tags and what adapters said,
 * written by the member who shared it, readable by its audience ({@code Audience.terms()}) like a
 * project. The file's own text is not indexed (yet): what people call a tool is in its description.
 */
@ApplicationScoped
@Transactional
public class ResourceDocuments implements SearchDocumentSource {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    Shares shares;

    @Override
    public Set<Subject> listensTo() {
        return Set.of(Subject.RESOURCE, Subject.SHARE);
    }

    @Override
    public List<DocumentChange> changesFor(Change change) {
        long resourceId;
        switch (change.subject()) {
            case RESOURCE -> resourceId = change.subjectId();
            case SHARE -> {
                var item = shares.itemOf(change.subjectId()).filter(shared -> shared.kind() == ItemKind.RESOURCE);
                if (item.isEmpty()) {
                    return List.of();
                }
                resourceId = item.get().itemId();
            }
            default -> throw new IllegalArgumentException("not listening to " + change.subject());
        }
        return List.of(DocumentChange.putOrRemove(
                HitType.RESOURCE, resourceId, em.find(Resource.class, resourceId), this::document));
    }

    @Override
    public List<DocumentPages> pages() {
        return List.of(new DocumentPages(
                () -> em.createQuery("select count(r) from Resource r", Long.class)
                        .getSingleResult(),
                (afterId, limit) -> em.createQuery(
                                "select r from Resource r where r.id > :after order by r.id", Resource.class)
                        .setParameter("after", afterId)
                        .setMaxResults(limit)
                        .getResultStream()
                        .map(this::document)
                        .toList()));
    }

    private SearchDocument document(Resource resource) {
        StringJoiner text = new StringJoiner("\n\n");
        text.add(resource.getDescription());
        text.add(resource.getType().label());
        if (!resource.getTags().isEmpty()) {
            text.add(String.join(", ", resource.getTags()));
        }
        em.createQuery("select a from Adaptation a where a.resourceId = :id order by a.id", Adaptation.class)
                .setParameter("id", resource.getId())
                .getResultStream()
                .forEach(adaptation -> text.add(adaptation.getNote()));
        return SearchDocument.writtenBy(
                        em.find(Member.class, resource.getAuthorId()),
                        HitType.RESOURCE,
                        resource.getId(),
                        null,
                        null,
                        resource.getTitle(),
                        text.toString(),
                        resource.getCreatedAt())
                .withAudience(resource.audience(shares.organisationsOf(ItemKind.RESOURCE, resource.getId()))
                        .terms());
    }
}
