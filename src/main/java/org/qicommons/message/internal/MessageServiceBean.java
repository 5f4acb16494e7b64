package org.qicommons.message.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qicommons.core.Checks;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.message.Conversation;
import org.qicommons.message.MessageService;

@ApplicationScoped
@Transactional
public class MessageServiceBean implements MessageService {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    DiscussionService discussions;

    @Inject
    MemberService members;

    @Inject
    Blocks blocks;

    @Override
    public Discussion startConversation(Viewer viewer, Set<Long> to, String title, String body) {
        Member sender = members.writingMember(viewer);
        if (to == null || to.isEmpty()) {
            throw new InvalidInputException("to", "must name at least one member");
        }
        Set<Long> others = new LinkedHashSet<>(to);
        others.remove(sender.getId());
        if (others.isEmpty()) {
            throw new InvalidInputException("to", "must name someone other than you");
        }
        if (others.size() > MAX_OTHERS) {
            throw new InvalidInputException("to", "can name at most " + MAX_OTHERS + " members");
        }
        for (Long id : others) {
            if (id == null || em.find(Member.class, id) == null) {
                throw new InvalidInputException("to", "names a member who does not exist");
            }
        }
        Checks.optional("title", title, DiscussionService.MAX_TITLE);
        Checks.text("body", body, DiscussionService.MAX_BODY);
        List<Long> blockers = blocks.blockersOf(sender.getId(), others);
        if (!blockers.isEmpty()) {
            throw new ForbiddenException("you cannot send messages to "
                    + em.find(Member.class, blockers.getFirst()).getDisplayName());
        }
        Conversation conversation = new Conversation(sender.getId(), others, Instant.now());
        em.persist(conversation);
        em.flush();
        return discussions.startPrivateThread(viewer, conversation.getId(), title, body);
    }

    @Override
    public ActivityPage inbox(Viewer viewer, String cursor, int size) {
        requireSignedIn(viewer);
        return discussions.privateConversations(viewer, cursor, size);
    }

    @Override
    public void block(Viewer viewer, long memberId) {
        requireSignedIn(viewer);
        if (viewer.is(memberId)) {
            throw new InvalidInputException("memberId", "is you: you cannot block yourself");
        }
        requireMember(memberId);
        blocks.block(viewer.memberId(), memberId);
    }

    @Override
    public void unblock(Viewer viewer, long memberId) {
        requireSignedIn(viewer);
        requireMember(memberId);
        blocks.unblock(viewer.memberId(), memberId);
    }

    @Override
    public boolean blocks(Viewer viewer, long memberId) {
        return viewer.signedIn() && blocks.blocks(viewer.memberId(), memberId);
    }

    @Override
    public List<Long> blockersAmong(long memberId, java.util.Collection<Long> members) {
        return blocks.blockersOf(memberId, members);
    }

    private void requireMember(long memberId) {
        if (em.find(Member.class, memberId) == null) {
            throw new NotFoundException("Member");
        }
    }

    private static void requireSignedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("sign in to send and read messages");
        }
    }
}
