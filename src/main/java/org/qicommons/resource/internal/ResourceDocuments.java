package org.qicommons.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.StringJoiner;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Shares;
import org.qicommons.change.Subject;
import org.qicommons.member.Member;
import org.qicommons.resource.Adaptation;
import org.qicommons.resource.Resource;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SharedItemDocuments;

/**
 * Resources as search documents: title, description, type, licence, tags and what adapters said,
 * written by the member who shared it, readable by its audience ({@code Audience.terms()}) like a
 * project. The file's own text is not indexed (yet): what people call a tool is in its description.
 */
@ApplicationScoped
@Transactional
public class ResourceDocuments extends SharedItemDocuments<Resource> {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    Shares shares;

    public ResourceDocuments() {
        super(Subject.RESOURCE, ItemKind.RESOURCE, HitType.RESOURCE, Resource.class);
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected Shares shares() {
        return shares;
    }

    @Override
    protected SearchDocument document(Resource resource) {
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
                        .terms())
                .withLabels(labels(resource));
    }

    /** The resource's search facets: its kind and each tag. */
    private static java.util.List<SearchDocument.Label> labels(Resource resource) {
        java.util.List<SearchDocument.Label> labels = new java.util.ArrayList<>();
        labels.add(new SearchDocument.Label(
                "resourceType", resource.getType().name(), resource.getType().label()));
        resource.getTags().forEach(tag -> labels.add(new SearchDocument.Label("tag", tag, tag)));
        return labels;
    }
}
