package org.qicommons.message.internal;

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
        // one conversation is a page of one: the same queries, the same name
        ConversationAccess access = accessAll(viewer, List.of(conversationId)).get(conversationId);
        if (access == null) {
            throw new NotFoundException("Conversation");
        }
        return access;
    }

    @Override
    public Map<Long, ConversationAccess> accessAll(Viewer viewer, Collection<Long> conversationIds) {
        if (conversationIds.isEmpty() || !viewer.signedIn()) {
            return Map.of();
        }
        List<Conversation> theirs = em
                .createQuery("select c from Conversation c where c.id in :ids", Conversation.class)
                .setParameter("ids", List.copyOf(conversationIds))
                .setHint("eclipselink.batch", "c.participants")
                .getResultList()
                .stream()
                .filter(c -> c.includes(viewer.memberId()))
                .toList();
        Set<Long> others = new HashSet<>();
        theirs.forEach(c -> others.addAll(c.getParticipants()));
        others.remove(viewer.memberId());
        Map<Long, String> names = new HashMap<>();
        if (!others.isEmpty()) {
            em.createQuery("select m.id, m.displayName from Member m where m.id in :ids", Object[].class)
                    .setParameter("ids", List.copyOf(others))
                    .getResultStream()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        Map<Long, ConversationAccess> access = new HashMap<>();
        for (Conversation conversation : theirs) {
            List<String> with = conversation.getParticipants().stream()
                    .filter(id -> !viewer.is(id))
                    .map(names::get)
                    .filter(java.util.Objects::nonNull)
                    .sorted()
                    .toList();
            access.put(conversation.getId(), new PrivateAccess(viewer, name(with)));
        }
        return access;
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

    /** "Conversation with A", "… with A and B", "… with A, B and C": the others' names, sorted. */
    private static String name(List<String> names) {
        if (names.isEmpty()) {
            return "Conversation";
        }
        String joined = names.size() == 1
                ? names.getFirst()
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                        + names.getLast();
        return "Conversation with " + joined;
    }
}
