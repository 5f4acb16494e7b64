package org.qicommons.share.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qicommons.access.ItemKind;
import org.qicommons.access.ShareStatus;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.Subject;
import org.qicommons.core.Checks;
import org.qicommons.core.ConflictException;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.Organisation;
import org.qicommons.share.Share;
import org.qicommons.share.ShareService;
import org.qicommons.share.ShareView;

@ApplicationScoped
@Transactional
public class ShareServiceBean implements ShareService {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    SharedItems items;

    @Inject
    ChangeLog changeLog;

    @Inject
    MemberService members;

    @Override
    public ShareView requestShare(Viewer viewer, ShareRequest request) {
        Member asking = members.writingMember(viewer);
        ItemKind kind = Checks.oneOf("itemKind", request.itemKind(), ItemKind.class);
        if (request.itemId() == null) {
            throw new InvalidInputException("itemId", "must not be empty");
        }
        SharedItems.Item item = items.readable(viewer, kind, request.itemId());
        if (item.isPublic()) {
            throw new InvalidInputException("itemId", "is public already: everyone can read it");
        }
        Organisation organisation = verifiedOrganisation(request.organisationId());
        String reason = Checks.text("reason", request.reason(), MAX_REASON);
        boolean standing = !em.createQuery(
                        "select s.id from Share s where s.itemKind = :kind and s.itemId = :id"
                                + " and s.organisationId = :organisation and s.status in :standing",
                        Long.class)
                .setParameter("kind", kind)
                .setParameter("id", item.id())
                .setParameter("organisation", organisation.getId())
                .setParameter("standing", List.of(ShareStatus.REQUESTED, ShareStatus.APPROVED))
                .getResultList()
                .isEmpty();
        if (standing) {
            throw new ConflictException(
                    "organisationId",
                    "this item is already shared with " + organisation.getName() + ", or asked to be");
        }
        Instant now = Instant.now();
        Share share = new Share(kind, item.id(), organisation.getId(), reason, asking.getId(), now);
        em.persist(share);
        changeLog.record(Subject.SHARE, share.getId(), ChangeKind.REQUESTED, viewer);
        if (item.viewerApproves()) {
            share.decide(true, asking.getId(), null, now);
            changeLog.record(Subject.SHARE, share.getId(), ChangeKind.APPROVED, viewer);
        }
        return view(share, item, viewer);
    }

    @Override
    public ShareView decide(Viewer viewer, long shareId, boolean approve, String note) {
        Member deciding = members.writingMember(viewer);
        Share share = lockedShare(shareId);
        SharedItems.Item item = readableItem(viewer, share);
        if (!item.viewerApproves()) {
            throw new ForbiddenException(
                    "only the author (or an owner of the group, or the project's lead) can answer");
        }
        if (share.getStatus() != ShareStatus.REQUESTED) {
            throw new ConflictException("status", "this request has been answered or withdrawn already");
        }
        share.decide(approve, deciding.getId(), Checks.optional("note", note, MAX_REASON), Instant.now());
        changeLog.record(Subject.SHARE, shareId, approve ? ChangeKind.APPROVED : ChangeKind.DECLINED, viewer);
        return view(share, item, viewer);
    }

    @Override
    public ShareView withdraw(Viewer viewer, long shareId, String reason) {
        Member withdrawing = members.writingMember(viewer);
        Share share = lockedShare(shareId);
        SharedItems.Item item = readableItem(viewer, share);
        if (!mayWithdraw(viewer, share, item)) {
            throw new ForbiddenException("only the author (or an owner of the group, or the project's lead), whoever"
                    + " asked, or a site moderator can withdraw a share");
        }
        if (!share.isStanding()) {
            throw new ConflictException("status", "this share has been declined or withdrawn already");
        }
        share.withdraw(withdrawing.getId(), Checks.text("reason", reason, MAX_REASON), Instant.now());
        changeLog.record(Subject.SHARE, shareId, ChangeKind.WITHDRAWN, viewer);
        return view(share, item, viewer);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ShareView findShare(Viewer viewer, long shareId) {
        Share share = em.find(Share.class, shareId);
        if (share == null) {
            throw new NotFoundException("Share");
        }
        SharedItems.Item item = readableItem(viewer, share);
        if (!seesEveryStep(viewer, share, item) && share.getStatus() != ShareStatus.APPROVED) {
            throw new NotFoundException("Share");
        }
        return view(share, item, viewer);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ShareView> sharesOf(Viewer viewer, ItemKind kind, long itemId) {
        SharedItems.Item item = items.readable(viewer, kind, itemId);
        List<ShareView> views = new ArrayList<>();
        for (Share share : em.createQuery(
                        "select s from Share s where s.itemKind = :kind and s.itemId = :id order by s.requestedAt, s.id",
                        Share.class)
                .setParameter("kind", kind)
                .setParameter("id", itemId)
                .getResultList()) {
            if (share.getStatus() == ShareStatus.APPROVED || seesEveryStep(viewer, share, item)) {
                views.add(view(share, item, viewer));
            }
        }
        return views;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ShareView> waitingFor(Viewer viewer) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        List<ShareView> waiting = new ArrayList<>();
        for (Share share : em.createQuery(
                        "select s from Share s where s.status = org.qicommons.access.ShareStatus.REQUESTED"
                                + " order by s.requestedAt, s.id",
                        Share.class)
                .getResultList()) {
            try {
                SharedItems.Item item = items.readable(viewer, share.getItemKind(), share.getItemId());
                if (item.viewerApproves()) {
                    waiting.add(view(share, item, viewer));
                }
            } catch (NotFoundException e) {
                // an item the viewer cannot read is none of their business
            }
        }
        return waiting;
    }

    private boolean seesEveryStep(Viewer viewer, Share share, SharedItems.Item item) {
        return item.viewerApproves() || viewer.is(share.getRequestedBy()) || viewer.moderatesSite();
    }

    private static boolean mayWithdraw(Viewer viewer, Share share, SharedItems.Item item) {
        return item.viewerApproves() || viewer.is(share.getRequestedBy()) || viewer.moderatesSite();
    }

    /** The share's item as the viewer may read it; a share of an item they may not read is not found. */
    private SharedItems.Item readableItem(Viewer viewer, Share share) {
        try {
            return items.readable(viewer, share.getItemKind(), share.getItemId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Share");
        }
    }

    private Share lockedShare(long shareId) {
        Share share = em.find(Share.class, shareId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (share == null) {
            throw new NotFoundException("Share");
        }
        return share;
    }

    private Organisation verifiedOrganisation(Long organisationId) {
        if (organisationId == null) {
            throw new InvalidInputException("organisationId", "must not be empty");
        }
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new InvalidInputException("organisationId", "is not an organisation on QI Commons");
        }
        if (!organisation.isVerified()) {
            throw new InvalidInputException(
                    "organisationId",
                    "must be an organisation a site administrator has verified: only then can its members be told"
                            + " apart from anyone who typed its name");
        }
        return organisation;
    }

    private ShareView view(Share share, SharedItems.Item item, Viewer viewer) {
        return new ShareView(
                share,
                em.find(Organisation.class, share.getOrganisationId()),
                em.find(Member.class, share.getRequestedBy()),
                item.title(),
                item.path(),
                item.viewerApproves() && share.getStatus() == ShareStatus.REQUESTED,
                share.isStanding() && mayWithdraw(viewer, share, item));
    }
}
