package org.qicommons.member.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.qicommons.change.Change;
import org.qicommons.change.Subject;
import org.qicommons.member.Member;
import org.qicommons.search.DocumentChange;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchDocumentSource;

/**
 * Members as search documents: name, job title and bio, never the e-mail address. A member's
 * document carries their organisation, so an organisation's verification rewrites its members'.
 */
@ApplicationScoped
@Transactional
public class MemberDocuments implements SearchDocumentSource {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Override
    public Set<Subject> listensTo() {
        return Set.of(Subject.MEMBER, Subject.ORGANISATION);
    }

    @Override
    public List<DocumentChange> changesFor(Change change) {
        return switch (change.subject()) {
            case MEMBER ->
                List.of(DocumentChange.putOrRemove(
                        HitType.MEMBER,
                        change.subjectId(),
                        em.find(Member.class, change.subjectId()),
                        MemberDocuments::document));
            case ORGANISATION ->
                members("m.organisation.id = :id", change.subjectId())
                        .map(member -> DocumentChange.put(document(member)))
                        .toList();
            default -> throw new IllegalArgumentException("not listening to " + change.subject());
        };
    }

    @Override
    public List<DocumentPages> pages() {
        return List.of(new DocumentPages(
                () -> em.createQuery("select count(m) from Member m", Long.class)
                        .getSingleResult(),
                (afterId, limit) -> em.createQuery(
                                "select m from Member m where m.id > :after order by m.id", Member.class)
                        .setParameter("after", afterId)
                        .setHint("eclipselink.left-join-fetch", "m.organisation")
                        .setMaxResults(limit)
                        .getResultStream()
                        .map(MemberDocuments::document)
                        .toList()));
    }

    private Stream<Member> members(String condition, long id) {
        return em.createQuery("select m from Member m where " + condition, Member.class)
                .setParameter("id", id)
                .getResultStream();
    }

    private static SearchDocument document(Member member) {
        return SearchDocument.writtenBy(
                member,
                HitType.MEMBER,
                member.getId(),
                null,
                null,
                member.getDisplayName(),
                joined(member.getJobTitle(), member.getBio()),
                member.getCreatedAt());
    }

    private static String joined(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + "\n\n" + second;
    }
}
