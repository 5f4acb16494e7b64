package org.qicommons.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Shares;
import org.qicommons.change.Change;
import org.qicommons.change.Subject;

/**
 * A source of one document per item that has an audience of its own (a project, a resource): the item
 * changes under its own subject, and its audience changes when it is shared or a share is withdrawn
 * (a SHARE entry naming it). Subclasses say which entity and how it becomes a document.
 *
 * @param <T> the item's entity
 */
public abstract class SharedItemDocuments<T> implements SearchDocumentSource {
    private final Subject subject;
    private final ItemKind kind;
    private final HitType hitType;
    private final Class<T> entity;

    protected SharedItemDocuments(Subject subject, ItemKind kind, HitType hitType, Class<T> entity) {
        this.subject = subject;
        this.kind = kind;
        this.hitType = hitType;
        this.entity = entity;
    }

    protected abstract EntityManager em();

    protected abstract Shares shares();

    /** The item's document, its audience included ({@code Audience.terms()}). */
    protected abstract SearchDocument document(T item);

    @Override
    public Set<Subject> listensTo() {
        return Set.of(subject, Subject.SHARE);
    }

    @Override
    public List<DocumentChange> changesFor(Change change) {
        Long itemId;
        if (change.subject() == subject) {
            itemId = change.subjectId();
        } else if (change.subject() == Subject.SHARE) {
            itemId = shares().itemOf(change.subjectId())
                    .filter(shared -> shared.kind() == kind)
                    .map(Shares.SharedItem::itemId)
                    .orElse(null);
            if (itemId == null) {
                return List.of();
            }
        } else {
            throw new IllegalArgumentException("not listening to " + change.subject());
        }
        return List.of(DocumentChange.putOrRemove(hitType, itemId, em().find(entity, itemId), this::document));
    }

    @Override
    public List<DocumentPages> pages() {
        String name = entity.getSimpleName();
        return List.of(new DocumentPages(
                () -> em().createQuery("select count(e) from " + name + " e", Long.class)
                        .getSingleResult(),
                (afterId, limit) -> em().createQuery(
                                "select e from " + name + " e where e.id > :after order by e.id", entity)
                        .setParameter("after", afterId)
                        .setMaxResults(limit)
                        .getResultStream()
                        .map(this::document)
                        .toList()));
    }
}
