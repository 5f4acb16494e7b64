package org.qicommons.group.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.Subject;
import org.qicommons.core.NotFoundException;
import org.qicommons.core.UniqueKeys;
import org.qicommons.group.EmailInvitation;
import org.qicommons.group.Group;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupRole;
import org.qicommons.group.MembershipStatus;
import org.qicommons.group.PermissionPolicy;
import org.qicommons.mail.Mailer;
import org.qicommons.member.EmailConfirmed;
import org.qicommons.member.Member;

/**
 * Invitations by e-mail address, after {@link GroupServiceBean} has checked who may make them. An
 * address whose member has confirmed it gets an ordinary membership invitation at once; any other
 * waits until someone confirms it (signing up with it, or changing to it). Only a confirmed address
 * counts: someone who signs up with another person's address and never confirms it gets nothing.
 */
@ApplicationScoped
@Transactional
public class EmailInvitations {
    /**
     * A membership that is the invitee's side of an invitation by address, as a JPQL condition on
     * {@code m}: the inviter sees it only as the address (see {@link #hiddenFromModerators}).
     */
    static final String TAKEN_UP =
            "exists (select e.id from EmailInvitation e where e.groupId = m.groupId" + " and e.memberId = m.member.id)";

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    GroupAccessLoader access;

    @Inject
    Mailer mailer;

    @Inject
    ChangeLog changeLog;

    /**
     * Invites the address; a repeat while the invitation stands keeps it and sends nothing again. The
     * answer is the invitation by address whoever has the address, so it tells the inviter nothing.
     */
    EmailInvitation invite(Group group, Member inviter, String address) {
        Instant now = Instant.now();
        EmailInvitation invitation = find(group.getId(), address);
        if (invitation != null && !invitation.expiredAt(now)) {
            return invitation;
        }
        if (invitation == null) {
            invitation = new EmailInvitation(group.getId(), address, inviter.getId(), now);
            em.persist(invitation);
            UniqueKeys.flush(em, "email", "this address has just been invited to the group");
        } else {
            endMembershipInvitation(invitation);
            invitation.renew(inviter.getId(), now);
        }
        Member invitee = confirmedMemberWith(address);
        if (invitee == null) {
            mailSignUpInvitation(group, inviter, address);
        } else if (takeUp(invitation, group, invitee)) {
            mailNotice(group, inviter, invitee);
        }
        // else they already belong, asked to join or were invited by name: nothing new to tell them
        return invitation;
    }

    /** The group's invitations by address that still stand, oldest first. */
    List<EmailInvitation> list(long groupId) {
        return em.createQuery(
                        "select e from EmailInvitation e where e.groupId = :groupId and e.expiresAt > :now"
                                + " order by e.createdAt, e.id",
                        EmailInvitation.class)
                .setParameter("groupId", groupId)
                .setParameter("now", Instant.now())
                .getResultList();
    }

    /** Withdraws the invitation to this address, and the membership invitation it made if unanswered. */
    void cancel(long groupId, String address) {
        EmailInvitation invitation = find(groupId, address);
        if (invitation == null || invitation.expiredAt(Instant.now())) {
            throw new NotFoundException("Invitation");
        }
        endMembershipInvitation(invitation);
        em.remove(invitation);
    }

    /** Whether the inviter must not see this membership by name: it came from an invitation by address. */
    boolean hiddenFromModerators(long groupId, long memberId) {
        return linkedTo(groupId, memberId) != null;
    }

    /** The member was invited by name too: from now on that invitation is listed by name. */
    void invitedByName(long groupId, long memberId) {
        EmailInvitation linked = linkedTo(groupId, memberId);
        if (linked != null) {
            linked.release();
        }
    }

    /** The invitee accepted or declined: the invitation by address has done its work. */
    void answered(long groupId, long memberId) {
        em.createQuery("delete from EmailInvitation e where e.groupId = :groupId and e.memberId = :memberId")
                .setParameter("groupId", groupId)
                .setParameter("memberId", memberId)
                .executeUpdate();
    }

    /**
     * A member has just confirmed an address: the invitations waiting for it become theirs, as ordinary
     * membership invitations to accept or decline (except to archived groups, which nobody joins).
     */
    void addressConfirmed(@Observes EmailConfirmed confirmed) {
        List<EmailInvitation> waiting = em.createQuery(
                        "select e from EmailInvitation e where e.email = :email and e.memberId is null"
                                + " and e.expiresAt > :now order by e.id",
                        EmailInvitation.class)
                .setParameter("email", confirmed.email())
                .setParameter("now", Instant.now())
                .getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        Member member = em.find(Member.class, confirmed.memberId());
        for (EmailInvitation invitation : waiting) {
            Group group = em.find(Group.class, invitation.getGroupId());
            if (PermissionPolicy.acceptsWriting(group)) {
                takeUp(invitation, group, member);
            }
        }
    }

    /** Ends the invitations whose time is up, with the membership invitations they made; how many. */
    int sweep(Instant now) {
        List<EmailInvitation> lapsed = em.createQuery(
                        "select e from EmailInvitation e where e.expiresAt <= :now", EmailInvitation.class)
                .setParameter("now", now)
                .setMaxResults(500)
                .getResultList();
        lapsed.forEach(invitation -> {
            endMembershipInvitation(invitation);
            em.remove(invitation);
        });
        return lapsed.size();
    }

    /** Invites the member through the invitation, unless they already have a membership of any kind. */
    private boolean takeUp(EmailInvitation invitation, Group group, Member member) {
        if (access.membership(group.getId(), member.getId()) != null) {
            return false;
        }
        GroupMembership membership =
                new GroupMembership(group.getId(), member, GroupRole.MEMBER, MembershipStatus.INVITED, Instant.now());
        em.persist(membership);
        UniqueKeys.flush(em, "email", "this member has just been invited or has joined");
        invitation.takenUpBy(member.getId());
        changeLog.record(Subject.MEMBERSHIP, membership.getId(), ChangeKind.INVITED, invitation.getInvitedBy());
        return true;
    }

    private void endMembershipInvitation(EmailInvitation invitation) {
        if (invitation.getMemberId() == null) {
            return;
        }
        GroupMembership membership = access.membership(invitation.getGroupId(), invitation.getMemberId());
        if (membership != null && membership.getStatus() == MembershipStatus.INVITED) {
            em.remove(membership);
            // withdrawn, renewed or lapsed: the site's doing as far as the invitee is concerned
            changeLog.record(Subject.MEMBERSHIP, membership.getId(), ChangeKind.ENDED, (Long) null);
        }
        invitation.release();
    }

    private EmailInvitation find(long groupId, String address) {
        return em.createQuery(
                        "select e from EmailInvitation e where e.groupId = :groupId and e.email = :email",
                        EmailInvitation.class)
                .setParameter("groupId", groupId)
                .setParameter("email", address)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private EmailInvitation linkedTo(long groupId, long memberId) {
        return em.createQuery(
                        "select e from EmailInvitation e where e.groupId = :groupId and e.memberId = :memberId",
                        EmailInvitation.class)
                .setParameter("groupId", groupId)
                .setParameter("memberId", memberId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Member confirmedMemberWith(String address) {
        return em.createQuery("select m from Member m where m.email = :email", Member.class)
                .setParameter("email", address)
                .getResultStream()
                .filter(Member::isEmailConfirmed)
                .findFirst()
                .orElse(null);
    }

    private void mailSignUpInvitation(Group group, Member inviter, String address) {
        mailer.send(
                address,
                "An invitation to a group on QI Commons",
                "Hello,\n\n"
                        + inviter.getDisplayName() + " has invited you to join the group \u201c" + group.getName()
                        + "\u201d on QI Commons, where people in health and care share their quality"
                        + " improvement work.\n\n"
                        + "To accept, join QI Commons with this e-mail address (" + address + ") and confirm it:\n\n"
                        + mailer.siteAddress() + "/member/signup.xhtml\n\n"
                        + "The invitation will then be waiting for you in your list of groups, for 30 days from"
                        + " today. If you do not want to join, you need do nothing.\n\nQI Commons\n");
    }

    private void mailNotice(Group group, Member inviter, Member invitee) {
        mailer.send(
                invitee.getEmail(),
                "An invitation to a group on QI Commons",
                "Hello " + invitee.getDisplayName() + ",\n\n"
                        + inviter.getDisplayName() + " has invited you to join the group \u201c" + group.getName()
                        + "\u201d on QI Commons. To accept or decline, open the group's page:\n\n"
                        + mailer.siteAddress() + "/group/view.xhtml?slug=" + group.getSlug() + "\n\n"
                        + "QI Commons\n");
    }
}
