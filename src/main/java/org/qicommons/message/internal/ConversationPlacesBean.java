package org.qicommons.message.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;
import org.qicommons.access.Audience;
import org.qicommons.access.ConversationAccess;
import org.qicommons.access.Reach;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.ConversationPlaces;
import org.qicommons.member.Viewer;
import org.qicommons.message.Conversation;

/** Private conversations as places for discussions: their participants, and only they. */
@ApplicationScoped
@Transactional
public class ConversationPlacesBean implements ConversationPlaces {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Override
    public ConversationAccess access(Viewer viewer, long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null || !conversation.includes(viewer.memberId())) {
            throw new NotFoundException("Conversation");
        }
        return new PrivateAccess(viewer, nameFor(viewer, conversation));
    }

    @Override
    public Audience audience(long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        return new Audience(Reach.TEAM, null, conversation == null ? null : conversation.getParticipants(), null);
    }

    @Override
    public List<Long> conversationsOf(Viewer viewer) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        return em.createQuery("select c.id from Conversation c join c.participants p where p = :me", Long.class)
                .setParameter("me", viewer.memberId())
                .getResultList();
    }

    /** "Conversation with Priya Raman and Tom Okafor": the others, as the viewer reads it. */
    private String nameFor(Viewer viewer, Conversation conversation) {
        List<Long> others = conversation.getParticipants().stream()
                .filter(id -> !viewer.is(id))
                .toList();
        if (others.isEmpty()) {
            return "Conversation";
        }
        List<String> names = em.createQuery(
                        "select m.displayName from Member m where m.id in :ids order by m.displayName", String.class)
                .setParameter("ids", others)
                .getResultList();
        String joined = names.size() == 1
                ? names.getFirst()
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                        + names.getLast();
        return "Conversation with " + joined;
    }
}
